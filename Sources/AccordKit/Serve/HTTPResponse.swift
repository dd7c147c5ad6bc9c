/// The status line and headers of a response, plus a small body held in memory (files are streamed).
public struct HTTPResponse: Sendable, Equatable {
    /// The status code, such as 200.
    public var status: Int
    /// Header fields in the order they are sent.
    public var headers: [(name: String, value: String)]
    /// The body, for responses built in memory (errors, redirects).
    public var body: [UInt8]

    /// A response with a status, headers and an in-memory body.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A small HTML page for an error status (404, 400, 405, …).
    public static func error(_ status: Int, extraHeaders: [(name: String, value: String)] = []) -> HTTPResponse {
        let title = "\(status) \(reason(status))"
        let page = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(title)</title></head>"
            + "<body><h1>\(title)</h1><p>accord serve</p></body></html>\n"
        let body = Array(page.utf8)
        return HTTPResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")] + extraHeaders
            + [("Content-Length", String(body.count))], body: body)
    }

    /// The reason phrase of a status code.
    public static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }

    /// The status line and headers, ending with the blank line; `Connection: close` is always added.
    public func head() -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "Connection: close\r\n\r\n"
        return Array(text.utf8)
    }

    /// Compares status, headers and body.
    public static func == (lhs: HTTPResponse, rhs: HTTPResponse) -> Bool {
        lhs.status == rhs.status && lhs.body == rhs.body
            && lhs.headers.map(\.name) == rhs.headers.map(\.name) && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }
}
