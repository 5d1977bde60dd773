namespace Expo.Grains.Models;

/// <summary>
/// Where a negotiation stands: requested → open → offered (each counter-offer is a new version) → agreed → signed,
/// or it ends declined, withdrawn or expired. Numbers are stored; append new states, never renumber.
/// </summary>
[GenerateSerializer, Alias("expo.NegotiationStatus")]
public enum NegotiationStatus
{
    /// <summary>Nothing requested yet under this id.</summary>
    None = 0,

    /// <summary>One party asked; the invited parties have not all accepted.</summary>
    Requested = 1,

    /// <summary>Every party is in; no terms are waiting for an answer.</summary>
    Open = 2,

    /// <summary>A version of the terms waits for the other parties' answer.</summary>
    Offered = 3,

    /// <summary>Every party accepted one version; its agreement document waits for signatures.</summary>
    Agreed = 4,

    /// <summary>Every party signed the agreement document. Final.</summary>
    Signed = 5,

    /// <summary>An invited party declined the request. Final.</summary>
    Declined = 6,

    /// <summary>A party walked away. Final.</summary>
    Withdrawn = 7,

    /// <summary>The deadline passed before every party signed. Final.</summary>
    Expired = 8,
}
