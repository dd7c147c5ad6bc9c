/// Checks the `--host` of `accord serve`: the preview server listens on a loopback address only.
public enum LoopbackHost {
    /// The dotted IPv4 address for a loopback host (`localhost` or `127.x.y.z`); nil for any other host.
    public static func address(_ host: String) -> String? {
        if host.lowercased() == "localhost" { return "127.0.0.1" }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(part), number <= 255 else { return nil }
            numbers.append(number)
        }
        guard numbers[0] == 127 else { return nil }
        return numbers.map(String.init).joined(separator: ".")
    }
}
