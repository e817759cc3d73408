using System.Text;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Ledger;

/// <summary>
/// The ledger as CSV (RFC 4180: comma, CRLF, quotes doubled) in UTF-8 with a byte-order mark, so Excel opens the
/// Chinese text correctly. A text cell starting with = + - @ is prefixed with an apostrophe so a spreadsheet never runs
/// it as a formula (a resident's words reach the ledger).
/// </summary>
public static class LedgerCsvWriter
{
    public static async Task WriteAsync(Stream output, IEnumerable<ClaimLedgerRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', LedgerColumns.All.Select(c => Quote(c.Header))));
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(string.Join(',', LedgerColumns.All.Select(c => Quote(Cell(c, row)))));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Cell(LedgerColumn column, ClaimLedgerRow row)
    {
        var text = column.Text(row) ?? string.Empty;
        return column.Number is null && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
