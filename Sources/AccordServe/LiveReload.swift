/// The live reload of `accord serve`: the paths it reserves, the script it adds to HTML responses
/// (never to the files on disk) and how it is added.
public enum LiveReload {
    /// The folder of the server's own paths; a site folder of that name is not served.
    public static let reservedFolder = "__accord"
    /// The stream of server-sent events, one `build` event per build.
    public static let eventsPath = "/__accord/events"
    /// The script that listens to the events.
    public static let scriptPath = "/__accord/live.js"

    /// The tag added to a page served at `generation`, so the script knows which site the page shows.
    public static func tag(generation: Int) -> String {
        "<script src=\"\(scriptPath)\" data-accord-build=\"\(generation)\" defer></script>"
    }

    /// The page with the tag inserted before its last `</body` (any case), or appended when it has none.
    public static func inject(into page: [UInt8], generation: Int) -> [UInt8] {
        let tag = Array(Self.tag(generation: generation).utf8)
        let closing = Array("</body".utf8)
        guard page.count >= closing.count else { return page + tag }
        var index = page.count - closing.count
        while index >= 0 {
            if zip(page[index..<index + closing.count], closing).allSatisfy({ Self.lowered($0) == $1 }) {
                return Array(page[..<index]) + tag + Array(page[index...])
            }
            index -= 1
        }
        return page + tag
    }

    static func lowered(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// The script: reloads the page after a good build, shows a failed build's diagnostics over it.
    /// Every diagnostic is set as `textContent`, so no byte of user text can become markup.
    public static let script = #"""
        // accord serve: reloads this page after each rebuild; shows the diagnostics of a failed one.
        (function () {
          "use strict";
          var me = document.currentScript;
          var served = me ? Number(me.getAttribute("data-accord-build")) : -1;
          var overlay = null;
          function clear() {
            if (overlay) { overlay.remove(); overlay = null; }
          }
          function show(text) {
            clear();
            overlay = document.createElement("div");
            overlay.id = "accord-serve-overlay";
            overlay.setAttribute("role", "alert");
            var style = overlay.style;
            style.position = "fixed"; style.left = "0"; style.right = "0"; style.top = "0"; style.bottom = "0";
            style.zIndex = "2147483647"; style.overflow = "auto"; style.padding = "1.5rem";
            style.background = "rgba(24, 24, 27, 0.94)"; style.color = "#fafafa";
            style.font = "14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"; style.textAlign = "left";
            var title = document.createElement("strong");
            title.textContent = "accord serve: the rebuild failed. This is the last good site; fix the content and save.";
            var list = document.createElement("pre");
            list.style.cssText = "white-space: pre-wrap; background: transparent; color: inherit; border: 0; " +
              "margin: 1rem 0; padding: 0; font: inherit; max-height: none; overflow: visible";
            list.textContent = text;
            var dismiss = document.createElement("button");
            dismiss.type = "button";
            dismiss.textContent = "Dismiss";
            dismiss.addEventListener("click", clear);
            overlay.appendChild(title);
            overlay.appendChild(list);
            overlay.appendChild(dismiss);
            document.body.appendChild(overlay);
          }
          if (!window.EventSource) { return; }
          var events = new EventSource("/__accord/events");
          events.addEventListener("build", function (event) {
            var state;
            try { state = JSON.parse(event.data); } catch (error) { return; }
            if (state.generation !== served) { location.reload(); return; }
            if (state.ok) { clear(); } else { show(String(state.diagnostics)); }
          });
        })();
        """#
}
