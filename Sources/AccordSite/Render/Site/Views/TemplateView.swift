import Mustache

/// A view model templates read. Declaring it is all a view does: the TemplateKeys build plugin generates
/// `child(named:)` with one key per stored property (swift-mustache asks it instead of reflecting with
/// `Mirror`, which cost 40 % of a build) and the view's entry in `TemplateSchema`, which the tests walk
/// every built-in template against.
package protocol TemplateView: MustacheParent {}
