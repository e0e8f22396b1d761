using IntegrationFunding.Digest.Subscriptions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrationFunding.Api.Ui.Subscriptions;

/// <summary>The fields of the digest form on <c>/abo</c>; problems go to the model state in plain German, naming the field.</summary>
public sealed class SubscriptionInput
{
    public const int MaxEmailLength = 254;

    /// <summary>The frequencies a subscriber can choose, by stored value, with their German labels (weekly first: the default).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Frequencies =
    [
        (SubscriptionFrequencies.Weekly, "wöchentlich (montags)"),
        (SubscriptionFrequencies.Daily, "täglich"),
    ];

    public string? Email { get; set; }

    public string Frequency { get; set; } = SubscriptionFrequencies.Weekly;

    /// <summary>Trims the address and adds German errors for an invalid address or frequency; true when both are fine.</summary>
    public bool Validate(ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Email = Email?.Trim() ?? "";
        if (Email.Length == 0)
        {
            state.AddModelError("Input.Email", "E-Mail-Adresse: Bitte geben Sie Ihre E-Mail-Adresse ein.");
        }
        else if (Email.Length > MaxEmailLength)
        {
            state.AddModelError("Input.Email", $"E-Mail-Adresse: höchstens {MaxEmailLength} Zeichen.");
        }
        else if (!EmailAddresses.IsValid(Email))
        {
            state.AddModelError("Input.Email", "E-Mail-Adresse: Bitte geben Sie eine gültige Adresse ein, z. B. name@gemeinde.de.");
        }

        if (!SubscriptionFrequencies.All.Contains(Frequency))
        {
            state.AddModelError("Input.Frequency", "Häufigkeit: Bitte wählen Sie „wöchentlich“ oder „täglich“.");
            Frequency = SubscriptionFrequencies.Weekly;
        }

        return state.ErrorCount == 0;
    }
}
