using Expo.Backup;

// Copies the expo's storage account to a folder and back: every blob container (grain state, chat journal,
// agreements, media, the Data Protection keys) and every table but the live membership table.
//   Backup export <folder>    Backup import <folder>
// The account comes from ConnectionStrings__ExpoStorage, as for the Silos and Web nodes.
if (args is not [("export" or "import") and var command, var folder])
{
    Console.Error.WriteLine("Usage: Backup export|import <folder>   (storage account: ConnectionStrings__ExpoStorage)");
    return 2;
}

var connection = Environment.GetEnvironmentVariable("ConnectionStrings__ExpoStorage");
if (string.IsNullOrEmpty(connection))
{
    Console.Error.WriteLine("Set ConnectionStrings__ExpoStorage to the storage account's connection string.");
    return 2;
}

var account = new StorageAccount(connection);
try
{
    if (command == "export")
    {
        await new Exporter(account, folder).RunAsync();
    }
    else
    {
        await new Importer(account, folder).RunAsync();
    }
}
catch (BackupException refusal)
{
    Console.Error.WriteLine(refusal.Message);
    return 1;
}

return 0;
