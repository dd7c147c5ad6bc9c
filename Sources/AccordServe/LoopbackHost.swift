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
                let number = Int(part), number <= 255
            else { return nil }
            numbers.append(number)
        }
        guard numbers[0] == 127 else { return nil }
        return numbers.map(String.init).joined(separator: ".")
    }

    /// Whether a `Host` header names the loopback interface (`localhost`, `127.x.y.z` or `[::1]`, with
    /// or without a port). A browser sends another name here only when a DNS rebinding attack points
    /// a foreign site at this machine, to read the preview; such requests are refused.
    public static func isLoopbackAuthority(_ authority: String) -> Bool {
        var host = Substring(authority)
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            return host[host.index(after: host.startIndex)..<close] == "::1"
                && isPortSuffix(host[host.index(after: close)...])
        }
        if let colon = host.lastIndex(of: ":") {
            guard isPortSuffix(host[colon...]) else { return false }
            host = host[..<colon]
        }
        return address(String(host)) != nil
    }

    /// Nothing, or `:` and a number.
    static func isPortSuffix(_ text: Substring) -> Bool {
        text.isEmpty
            || (text.hasPrefix(":") && text.count > 1 && text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber })
    }
}
