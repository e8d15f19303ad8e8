namespace NamDinh.Graph.Domain.Reports;

/// <summary>The fields of a Department of Information and Communications' work, as the reports group them.</summary>
public enum Sector
{
    /// <summary>Cross-sector statements (highlights, shortcomings that span sectors).</summary>
    General,
    /// <summary>Bưu chính, Viễn thông: postal services and telecommunications.</summary>
    PostalTelecom,
    /// <summary>Công nghệ thông tin: information technology, e-government, digital transformation.</summary>
    InformationTechnology,
    /// <summary>Thông tin tuyên truyền, báo chí, xuất bản: information campaigns, press, publishing, printing.</summary>
    InformationPress,
    /// <summary>Thanh tra, kiểm tra: inspection and sanctions.</summary>
    Inspection,
}
