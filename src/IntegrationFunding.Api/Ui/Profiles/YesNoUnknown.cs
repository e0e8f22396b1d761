namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>Model of the <c>_YesNoUnknown</c> partial: a yes / no / "weiß nicht" question bound to <c>Input.{Field}</c>.</summary>
public sealed record YesNoUnknown(string Field, string Question, bool? Value);
