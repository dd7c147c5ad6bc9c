/// Keeps the peak memory of a build down on Linux.
enum Memory {
    /// Hands memory freed by the finished steps (file texts, parse trees) back to the system, so the
    /// render step does not add its own on top (glibc keeps freed blocks of every thread's arena).
    static func releaseFreedPages() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which the Glibc module does not export.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
