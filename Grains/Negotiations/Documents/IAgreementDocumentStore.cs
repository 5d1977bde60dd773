namespace Expo.Grains.Negotiations.Documents;

/// <summary>Where agreement documents are kept: blobs in the Silo, memory in grain tests.</summary>
public interface IAgreementDocumentStore
{
    /// <summary>Stores both parts; storing the same document again changes nothing.</summary>
    Task SaveAsync(AgreementDocument document);

    /// <summary>The stored text under that name, or null.</summary>
    Task<string?> ReadAsync(string name);
}
