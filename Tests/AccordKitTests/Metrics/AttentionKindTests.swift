import Testing

@testable import AccordKit

/// `AttentionKind` repeats the ids of red flags and warning signs (a kind is one string in metrics.json);
/// every flag and sign must find its own id there, never the fallback its initialiser keeps for safety.
@Suite struct AttentionKindTests {
    @Test(arguments: RedFlagKind.allCases)
    func everyRedFlagHasItsOwnAttentionKind(flag: RedFlagKind) {
        #expect(AttentionKind(flag).rawValue == flag.rawValue)
    }

    @Test(arguments: WarningSignKind.allCases)
    func everyWarningSignHasItsOwnAttentionKind(sign: WarningSignKind) {
        #expect(AttentionKind(sign).rawValue == sign.rawValue)
    }
}
