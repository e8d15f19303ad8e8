namespace NamDinh.Graph.Api.Schema.Scalars;

/// <summary>A JSON number no decimal holds exactly, kept as it was written so that nothing rounds it unseen
/// (<see cref="Transport.JsonInputs"/>): the Decimal scalar refuses it saying why.</summary>
public sealed record InexactNumber(string Text)
{
    public override string ToString() => Text;
}
