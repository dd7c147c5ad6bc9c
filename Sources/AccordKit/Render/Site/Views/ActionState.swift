/// The state of an action as written in one note, at the report date.
struct ActionState {
    var label: String
    var cssClass: String

    init(isTicked: Bool, done: Day?, due: Day?, asOf: Day) {
        let isDone = isTicked && (done.map { $0 <= asOf } ?? true)
        if isDone {
            label = "done"
            cssClass = "state-done"
        } else if let due, due < asOf {
            label = "overdue \(asOf.days(since: due)) d"
            cssClass = "state-overdue"
        } else {
            label = "open"
            cssClass = "state-open"
        }
    }
}
