namespace NamDinh.Graph.Domain.Text;

public enum Language
{
    Vi,
    En,
}
