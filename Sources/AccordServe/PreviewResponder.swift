import Hummingbird

/// Answers every request of the preview server: the files of the site (GET and HEAD, with validators,
/// the live reload script added to HTML) and the server's own paths below `/__accord/`.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// The output folder.
    let root: SiteRoot
    /// The builds, for the event stream and the generation written into pages.
    let events: BuildEvents

    func respond(to request: Request, context: Context) async throws -> Response {
        let response = try await answer(request)
        // HEAD: the same status and headers (Content-Length included), no body.
        return request.method == .head ? Response(status: response.status, headers: response.headers) : response
    }

    /// The response to a request, with its body even for HEAD.
    func answer(_ request: Request) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.error(.methodNotAllowed, extra: [.allow: "GET, HEAD"])
        }
        if let authority = request.head.authority, !LoopbackHost.isLoopbackAuthority(authority) {
            return Self.error(.forbidden)
        }
        let path: RequestPath
        do {
            path = try RequestPath(target: request.head.path ?? "")
        } catch {
            return Self.error(.badRequest)
        }
        if path.segments.first == LiveReload.reservedFolder { return own(path, request: request) }
        var lookup = root.lookup(path)
        // A rebuild that renames folders leaves no root for an instant: ask again, without blocking a thread.
        for _ in 0..<10 where lookup == .unavailable {
            try await Task.sleep(for: .milliseconds(20))
            lookup = root.lookup(path)
        }
        switch lookup {
        case .notFound, .unavailable:
            return Self.error(.notFound)
        case .redirect(let location):
            return Self.error(.movedPermanently, extra: [.location: location])
        case .file(let real):
            guard let file = SiteFile.load(real) else { return Self.error(.notFound) }
            return fileResponse(file, type: MediaType.forPath(real), request: request)
        }
    }

    /// A file with its type and validators; 304 when the client's copy is current; no body for HEAD.
    func fileResponse(_ file: SiteFile, type: String, request: Request) -> Response {
        let isPage = type.hasPrefix("text/html")
        let bytes = isPage ? LiveReload.inject(into: file.bytes, generation: events.current.generation) : file.bytes
        let tag = Validators.entityTag(of: bytes)
        var headers = Self.commonHeaders
        headers[.eTag] = tag
        headers[.lastModified] = Validators.httpDate(file.modifiedSeconds)
        let notModified: Bool
        if let noneMatch = request.headers[.ifNoneMatch] {
            notModified = Validators.noneMatchHolds(noneMatch, tag: tag)
        } else if let since = request.headers[.ifModifiedSince].flatMap(Validators.seconds(httpDate:)) {
            notModified = file.modifiedSeconds <= since
        } else {
            notModified = false
        }
        headers[.contentLength] = String(bytes.count)
        if notModified { return Response(status: .notModified, headers: headers) }
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The server's own paths: the event stream and the script.
    func own(_ path: RequestPath, request: Request) -> Response {
        switch "/" + path.segments.joined(separator: "/") {
        case LiveReload.scriptPath:
            let bytes = Array(LiveReload.script.utf8)
            var headers = Self.commonHeaders
            headers[.contentType] = MediaType.forPath(LiveReload.scriptPath)
            headers[.contentLength] = String(bytes.count)
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        case LiveReload.eventsPath:
            return eventStream(request)
        default:
            return Self.error(.notFound)
        }
    }

    /// A `text/event-stream` of build states, the current one first, until the page goes away.
    func eventStream(_ request: Request) -> Response {
        var headers = Self.commonHeaders
        headers[.contentType] = "text/event-stream; charset=utf-8"
        guard request.method == .get else { return Response(status: .ok, headers: headers) }
        guard let states = events.subscribe() else {
            return Self.error(.serviceUnavailable, extra: [.retryAfter: "5"])
        }
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                // Ends when the page closes the connection (the loop is cancelled) or the server stops.
                try await request.body.consumeWithCancellationOnInboundClose { _ in
                    try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                    for await state in states {
                        try await writer.write(ByteBuffer(string: BuildEvents.message(state)))
                    }
                }
                try await writer.finish(nil)
            })
    }

    /// Headers of every answer: never cached without asking again, never sniffed as another type.
    static var commonHeaders: HTTPFields {
        var fields: HTTPFields = [.cacheControl: "no-cache"]
        if let noSniff = HTTPFields.Element.Name("X-Content-Type-Options") { fields[noSniff] = "nosniff" }
        return fields
    }

    /// A small HTML page for an error or redirect status.
    static func error(_ status: HTTPResponse.Status, extra: HTTPFields = [:]) -> Response {
        let title = "\(status.code) \(status.reasonPhrase)"
        let page =
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(title)</title></head>"
            + "<body><h1>\(title)</h1><p>accord serve</p></body></html>\n"
        var headers = commonHeaders
        headers.append(contentsOf: extra)
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentLength] = String(page.utf8.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }
}
