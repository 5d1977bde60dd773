using System.Security.Cryptography;
using System.Text;
using Expo.Grains.Negotiations;
using Expo.Grains.Negotiations.Documents;
using Expo.Grains.Tests.Infrastructure;

namespace Expo.Grains.Tests.Logic;

public sealed class AgreementDocumentTests
{
    [Fact]
    public void TheContentHashIsTheSha256OfTheJsonRecordAndNamesBothParts()
    {
        var paper = PaperNegotiation.In(NegotiationStatus.Offered);

        var document = AgreementDocuments.Build("n-1", paper.State, paper.Now);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Json))), document.ContentHash);
        Assert.Equal($"n-1/{document.ContentHash}.json", document.JsonName);
        Assert.Equal($"n-1/{document.ContentHash}.html", document.HtmlName);
        Assert.Contains(document.ContentHash, document.Html);
    }

    [Fact]
    public void EveryTextAUserWroteIsHtmlEncodedAndChineseStaysReadable()
    {
        var paper = PaperNegotiation.In(NegotiationStatus.Open);
        const string script = "<script>alert('x')</script>";
        NegotiationTransitions.Propose(paper.State, paper.A.Member, 0, TestParty.Terms() with
        {
            Subject = script,
            Scope = "研学 & <b>tours</b>\nline two",
            Place = "\"Quanzhou\"",
            Notes = "<img src=x onerror=alert(1)>",
            Obligations = [new PartyObligation(paper.B.Id, "<iframe>")],
        }, paper.Now);

        var html = AgreementDocuments.Build("n-1", paper.State, paper.Now).Html;

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<Co>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("研学 &amp; &lt;b&gt;tours&lt;/b&gt;<br>line two", html);
        Assert.Contains("a公司", html);
        Assert.Contains("合作协议", html);
    }
}
