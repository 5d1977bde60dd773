using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Expo.Web.Storage;

/// <summary>Created by Data Protection by type name, with the application's services.</summary>
internal sealed class AesGcmXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var keyId = (string?)encryptedElement.Attribute("keyId");
        var key = services.GetRequiredService<KeyEncryptionKeys>().All.FirstOrDefault(k => KeyEncryptionKeys.IdOf(k) == keyId)
            ?? throw new CryptographicException($"No configured key-encryption key has the id {keyId}; list it in {KeyProtection.Section}:PreviousKeyEncryptionKeys.");
        var nonce = Convert.FromBase64String((string)encryptedElement.Attribute("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Attribute("tag")!);
        var ciphertext = Convert.FromBase64String(encryptedElement.Value);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Decrypt(nonce, ciphertext, tag, plaintext);
        }

        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plaintext));
    }
}
