using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Ledger;

/// <summary>
/// The ledger as an Excel workbook: one sheet 热用户诉求台账, the header row, one row per order; text as inline
/// strings (never formulas), temperatures as numbers.
/// </summary>
public static class LedgerXlsxWriter
{
    public const string SheetName = "热用户诉求台账";

    public static void Write(Stream output, IEnumerable<ClaimLedgerRow> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        worksheet.Worksheet = new Worksheet(data);

        uint index = 1;
        data.Append(Row(index++, LedgerColumns.All.Select(c => TextCell(c.Header))));
        foreach (var row in rows)
        {
            data.Append(Row(index++, LedgerColumns.All.Select(c => c.Number?.Invoke(row) is { } number ? NumberCell(number) : TextCell(c.Text(row)))));
        }

        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = SheetName }));
        workbook.Workbook.Save();
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = ColumnName(column++) + index;
            row.Append(cell);
        }

        return row;
    }

    private static Cell TextCell(string? text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }) };

    private static Cell NumberCell(decimal number) =>
        new() { DataType = CellValues.Number, CellValue = new CellValue(number) };

    private static string ColumnName(int zeroBased)
    {
        var name = string.Empty;
        for (var n = zeroBased + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
