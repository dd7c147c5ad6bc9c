import AccordKit
import ArgumentParser

/// `accord metrics`: prints the metrics as a table, JSON or CSV.
struct Metrics: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the metrics of every partnership on stdout.")

    /// Output forms.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Output form: table, json or csv.")
    var format: Format = .table

    @Option(name: .long, help: ArgumentHelp("Only this partnership.", valueName: "slug"))
    var partnership: String?

    @Option(
        name: .long, help: ArgumentHelp("The view to measure: joint (the default) or a party id.", valueName: "party"))
    var view = "joint"

    func run() throws {
        var options = common.buildOptions()
        options.view = PortfolioView(argument: view)
        let outcome = Pipeline.run(options, mode: .measure)
        let code = common.report(outcome)
        guard code == 0, let metrics = outcome.metrics else { throw ExitCode(code == 0 ? 1 : code) }
        if let partnership, metrics.partnership(partnership) == nil {
            Console.error("accord: error: no partnership '\(partnership)'\n")
            throw ExitCode(2)
        }
        switch format {
        case .table: Console.output(MetricsExport.table(metrics, slug: partnership))
        case .json: Console.output(MetricsExport.json(metrics, slug: partnership))
        case .csv: Console.output(MetricsExport.csv(metrics, slug: partnership))
        }
    }
}
