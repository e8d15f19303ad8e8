using GraphQL.Types;
using NamDinh.Graph.Api.Schema.Ids;
using NamDinh.Graph.Domain.Reports;

namespace NamDinh.Graph.Api.Schema.Types;

public sealed class DocumentFactsGraphType : ObjectGraphType<DocumentFacts>
{
    public DocumentFactsGraphType()
    {
        Name = "ReportDocument";
        Description = "The facts of the document itself. Blanks in the source stay null (number, day), and so does all that is not yet known of a report created through the API.";
        this.EmbeddedIdField("\"Report:36-2021/document\"");
        Field(x => x.Number, nullable: true).Description("The document number; null where the source left it blank (\"Số: /BC-STTTT\").");
        Field(x => x.Symbol, nullable: true).Description("The document symbol after the number, e.g. \"BC-STTTT\".");
        Field(x => x.Issuer, nullable: true).Description("Who issued the report.");
        Field(x => x.Place, nullable: true);
        Field(x => x.Day, nullable: true).Description("The day of the month; null where the source left it blank.");
        Field(x => x.Month, nullable: true);
        Field(x => x.Year, nullable: true);
        this.LocalizedField("title", document => document.Title, "The report's title.");
        this.LocalizedField("addressee", document => document.Addressee, "Whom the report is sent to (\"Kính gửi\").");
        Field(x => x.Answers, type: typeof(RequestReferenceGraphType)).Description("The official letter the report answers.");
        Field(x => x.Signer, nullable: true).Description("Who signed the report.");
        this.LocalizedField("signerTitle", document => document.SignerTitle, "The signer's title.");
        Field(x => x.Recipients).Description("The recipients (\"Nơi nhận\"), as written.");
    }
}

public sealed class RequestReferenceGraphType : ObjectGraphType<RequestReference>
{
    public RequestReferenceGraphType()
    {
        Name = "RequestReference";
        Description = "An official letter, e.g. \"công văn số 4707/BTTTT-VP ngày 18/11/2021\".";
        this.EmbeddedIdField("\"Report:36-2021/document/answers\"");
        Field(x => x.Number);
        Field(x => x.Date, type: typeof(NonNullGraphType<DateOnlyGraphType>));
        Field(x => x.Issuer, nullable: true);
        this.LocalizedField("subject", request => request.Subject, "What the letter is about.");
    }
}
