import Testing

@testable import AccordCore

/// `foldedName`, the one form names are compared in: its ASCII fast path and its Unicode path agree.
@Suite struct FoldedNameTests {
    @Test(arguments: [
        ("  Jane   SMITH ", "jane smith"), ("Jane\tSmith\n", "jane smith"), ("", ""), ("   ", ""),
        ("O’Brien", "o'brien"), ("  ÉLODIE   Ñuñez ", "élodie ñuñez"), ("a\u{0B}b", "a b"), ("Raj Patel", "raj patel"),
    ])
    func folds(text: String, folded: String) {
        #expect(text.foldedName == folded)
        #expect(("<" + text + ">").dropFirst().dropLast().foldedName == folded)  // a Substring, not contiguous-owned
    }
}
