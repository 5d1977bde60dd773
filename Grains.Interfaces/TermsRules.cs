using Expo.Grains.Models;

namespace Expo.Grains;

/// <summary>What a version of the terms must satisfy; returns the terms with texts trimmed and lists in a stable order.</summary>
public static class TermsRules
{
    public static AgreementTerms Validate(AgreementTerms? terms, IReadOnlyCollection<string> partyIds)
    {
        if (terms is null)
        {
            throw ExpoException.Invalid("The terms are missing.");
        }

        var quantities = (terms.Quantities ?? []).Select(q => new TermsQuantity(
            NegotiationRules.RequireText(q.Item, NegotiationRules.MaxItemLength, "A quantity's item"),
            q.Amount >= 0 ? q.Amount : throw ExpoException.Invalid("A quantity is zero or more."),
            NegotiationRules.RequireText(q.Unit, NegotiationRules.MaxItemLength, "A quantity's unit"))).ToList();
        if (quantities.Count > NegotiationRules.MaxQuantities || quantities.DistinctBy(q => q.Item).Count() != quantities.Count)
        {
            throw ExpoException.Invalid($"At most {NegotiationRules.MaxQuantities} quantities, each item named once.");
        }

        var obligations = (terms.Obligations ?? []).Select(o => new PartyObligation(
            partyIds.Contains(o.PartyId) ? o.PartyId : throw ExpoException.Invalid($"'{o.PartyId}' is not a party of this negotiation."),
            NegotiationRules.RequireText(o.Text, NegotiationRules.MaxObligationLength, "An obligation"))).ToList();
        if (obligations.DistinctBy(o => o.PartyId).Count() != obligations.Count)
        {
            throw ExpoException.Invalid("Each party's obligations are one text.");
        }

        if (terms.Value is not null != terms.Currency is not null || terms.Value < 0)
        {
            throw ExpoException.Invalid("A value is zero or more and goes with a currency, and a currency with a value.");
        }

        if (terms.Currency is not null && !Iso4217.IsCurrency(terms.Currency))
        {
            throw ExpoException.Invalid($"'{terms.Currency}' is not an ISO 4217 currency code such as CNY or USD.");
        }

        if (terms.StartDate > terms.EndDate)
        {
            throw ExpoException.Invalid("The start date is on or before the end date.");
        }

        return new AgreementTerms(
            NegotiationRules.RequireText(terms.Subject, NegotiationRules.MaxSubjectLength, "A subject"),
            ExpoRules.IsSlug(terms.Field) ? terms.Field : throw ExpoException.Invalid("A field is a field id such as 'tourism'."),
            NegotiationRules.RequireText(terms.Scope, NegotiationRules.MaxScopeLength, "The scope"),
            quantities,
            terms.Value,
            terms.Currency,
            terms.StartDate,
            terms.EndDate,
            NegotiationRules.OptionalText(terms.Place, NegotiationRules.MaxPlaceLength, "A place"),
            [.. obligations.OrderBy(o => o.PartyId, StringComparer.Ordinal)],
            NegotiationRules.OptionalText(terms.Notes, NegotiationRules.MaxNotesLength, "The notes"));
    }
}
