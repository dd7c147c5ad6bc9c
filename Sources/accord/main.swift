import ArgumentParser

// Usage errors exit with 2 (ArgumentParser's default is 64); help and --version with 0.
do {
    var command = try Accord.parseAsRoot()
    do {
        try command.run()
    } catch {
        Accord.exit(withError: error)
    }
} catch {
    let code = Accord.exitCode(for: error)
    if code == .success {
        Accord.exit(withError: error)
    }
    Console.error(Accord.fullMessage(for: error) + "\n")
    Accord.exit(withError: ExitCode(2))
}
