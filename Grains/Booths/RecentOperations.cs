namespace Expo.Grains.Booths;

/// <summary>A bounded list of applied operations, so a retried command is applied once and answers as it did the first time.</summary>
internal static class RecentOperations
{
    public const int Window = 500;

    /// <summary>The applied operation, or null; refuses an id that was used for another kind of operation.</summary>
    public static BoothOperation? Find(List<BoothOperation> operations, string actorId, string operationId, string kind)
    {
        var key = $"{actorId}/{operationId}";
        var found = operations.FirstOrDefault(o => o.Key == key);
        return found is null || found.Kind == kind
            ? found
            : throw ExpoException.Invalid("This operation id was used for another operation; send a new one.");
    }

    public static void Record(List<BoothOperation> operations, string actorId, string operationId, string kind, string? result)
    {
        operations.Add(new BoothOperation { Key = $"{actorId}/{operationId}", Kind = kind, Result = result });
        if (operations.Count > Window)
        {
            operations.RemoveRange(0, operations.Count - Window);
        }
    }
}
