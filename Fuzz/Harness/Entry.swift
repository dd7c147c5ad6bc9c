import AccordKit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// libFuzzer's entry point: one input, one run of `FuzzTarget`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
    /// libFuzzer's driver (in `libclang_rt.fuzzer`, linked by `-sanitize=fuzzer`). SwiftPM renames an executable's
    /// `main` on Linux, so libFuzzer's own `main` cannot be used: the `@main` below hands control to the driver.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif

/// `accord-fuzz`: with `-D FUZZING` and `-sanitize=fuzzer`, the libFuzzer driver (all its flags work);
/// without, a replayer that runs each file named on the command line once, for debugging a crash or a slow input.
@main
struct AccordFuzz {
    static func main() {
        #if FUZZING
            // Compile the theme before the first input, so its one-time cost never counts against an input's timeout.
            _ = FuzzTarget.theme
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
            let paths = CommandLine.arguments.dropFirst()
            guard !paths.isEmpty else {
                print("usage: accord-fuzz FILE… (replays fuzz inputs; build with Fuzz/run.sh to fuzz)")
                exit(2)
            }
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("\(path): cannot read")
                    exit(2)
                }
                let start = DispatchTime.now().uptimeNanoseconds
                let pages = FuzzTarget.run([UInt8](data))
                let milliseconds = (DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
                print("\(path): \(data.count) bytes, \(pages) pages, \(milliseconds) ms")
            }
        #endif
    }
}
