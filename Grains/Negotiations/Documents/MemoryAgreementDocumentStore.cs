using System.Collections.Concurrent;

namespace Expo.Grains.Negotiations.Documents;

/// <summary>Agreement documents in this process's memory: for test clusters only.</summary>
public sealed class MemoryAgreementDocumentStore : IAgreementDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _blobs = new();

    public Task SaveAsync(AgreementDocument document)
    {
        _blobs[document.JsonName] = document.Json;
        _blobs[document.HtmlName] = document.Html;
        return Task.CompletedTask;
    }

    public Task<string?> ReadAsync(string name) => Task.FromResult(_blobs.GetValueOrDefault(name));
}
