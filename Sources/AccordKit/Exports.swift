// AccordKit is the umbrella of the pipeline's targets: `import AccordKit` sees all four.
@_exported import AccordCore
@_exported import AccordInput
@_exported import AccordMetrics
@_exported import AccordSite
