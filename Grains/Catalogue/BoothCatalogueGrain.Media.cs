using Expo.Grains.Booths;
using Expo.Grains.Models;

namespace Expo.Grains.Catalogue;

/// <summary>The booth's files: the Web node checks and stores the bytes; the catalogue keeps the record visitors see.</summary>
public sealed partial class BoothCatalogueGrain
{
    private static readonly string[] Kinds = [MediaKinds.Image, MediaKinds.Brochure, MediaKinds.Video];

    public async Task<MediaFile?> PrepareUploadAsync(string actorId, string operationId)
    {
        await RequireStaffAsync(actorId);
        ExpoRules.RequireOperationId(operationId);
        if (Applied(actorId, operationId, "add-media") is { } done)
        {
            return Media.FirstOrDefault(m => m.Id == done.Result) ?? throw ExpoException.NotFound("That file has been removed since.");
        }

        return Media.Count >= MediaKinds.MaxFiles
            ? throw ExpoException.Invalid($"A booth keeps up to {MediaKinds.MaxFiles} files; remove some first.")
            : null;
    }

    public async Task<MediaFile> AddMediaAsync(string actorId, string operationId, MediaFile media)
    {
        await RequireStaffAsync(actorId);
        ExpoRules.RequireOperationId(operationId);
        if (Applied(actorId, operationId, "add-media") is { } done)
        {
            return Media.FirstOrDefault(m => m.Id == done.Result) ?? throw ExpoException.NotFound("That file has been removed since.");
        }

        if (media is null || !ExpoRules.IsSlug(media.Id) || !Kinds.Contains(media.Kind) || media.Length <= 0
            || media.BlobName != $"{BoothId}/{media.Id}" || Media.Any(m => m.Id == media.Id))
        {
            throw ExpoException.Invalid("The file record does not describe a new file of this booth.");
        }

        if (Media.Count >= MediaKinds.MaxFiles)
        {
            throw ExpoException.Invalid($"A booth keeps up to {MediaKinds.MaxFiles} files; remove some first.");
        }

        var stored = media with { UploadedAt = clock.UtcNow };
        Media.Add(stored);
        RecentOperations.Record(state.State.Operations, actorId, operationId, "add-media", stored.Id);
        await WriteAsync();
        return stored;
    }

    public async Task<MediaFile?> RemoveMediaAsync(string actorId, string operationId, string mediaId)
    {
        await RequireStaffAsync(actorId);
        ExpoRules.RequireOperationId(operationId);
        var media = Media.FirstOrDefault(m => m.Id == mediaId);
        if (media is null || Applied(actorId, operationId, "remove-media") is not null)
        {
            return media;
        }

        Media.Remove(media);
        state.State.LogoId = state.State.LogoId == mediaId ? null : state.State.LogoId;
        state.State.BannerId = state.State.BannerId == mediaId ? null : state.State.BannerId;
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].ImageIds.Contains(mediaId))
            {
                Items[i] = Items[i] with { ImageIds = [.. Items[i].ImageIds.Where(id => id != mediaId)] };
            }
        }

        RecentOperations.Record(state.State.Operations, actorId, operationId, "remove-media", null);
        await WriteAsync();
        return media;
    }

    public async Task<BoothCatalogue> SetBrandingAsync(string actorId, string operationId, string? logoId, string? bannerId)
    {
        await RequireStaffAsync(actorId);
        ExpoRules.RequireOperationId(operationId);
        if (Applied(actorId, operationId, "branding") is null)
        {
            var unknown = new[] { logoId, bannerId }.FirstOrDefault(id => id is not null && !IsImage(id));
            if (unknown is not null)
            {
                throw ExpoException.Invalid($"'{unknown}' is not an image of this booth.");
            }

            state.State.LogoId = logoId;
            state.State.BannerId = bannerId;
            RecentOperations.Record(state.State.Operations, actorId, operationId, "branding", null);
            await WriteAsync();
        }

        return Snapshot([.. Items]);
    }

    public Task<MediaFile?> GetMediaAsync(string mediaId) => Task.FromResult(Media.FirstOrDefault(m => m.Id == mediaId));
}
