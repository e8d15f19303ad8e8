using System.Text;
using NamDinh.Graph.Cli;

// Reports are Vietnamese: write UTF-8 (without a byte-order mark) whatever the console's default.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var http = new HttpClient();
return await CommandLineTool.RunAsync(args, new Terminal(Console.Out, Console.Error), http);
