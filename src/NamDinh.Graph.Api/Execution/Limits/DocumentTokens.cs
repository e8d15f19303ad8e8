using GraphQLParser;
using GraphQLParser.Exceptions;

namespace NamDinh.Graph.Api.Execution.Limits;

/// <summary>Counts a document's lexical tokens before it is parsed, so that a huge document is refused for the cost of reading it once.</summary>
public static class DocumentTokens
{
    /// <summary>The number of tokens in <paramref name="document"/>, counting no further than <paramref name="limit"/> + 1.</summary>
    public static int CountUpTo(string document, int limit)
    {
        var count = 0;
        var start = 0;
        try
        {
            while (count <= limit)
            {
                var token = Lexer.Lex(document, start);
                if (token.Kind == TokenKind.EOF)
                    break;
                count++;
                start = token.End;
            }
        }
        catch (Exception error) when (error is GraphQLParserException or IndexOutOfRangeException)
        {
            // Not a document at all (or one the lexer fails on while describing why): parsing will refuse it.
        }
        return count;
    }
}
