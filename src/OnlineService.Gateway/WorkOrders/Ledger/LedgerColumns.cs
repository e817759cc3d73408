using System.Globalization;
using OnlineService.Services.Calendar;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Ledger;

/// <summary>
/// The columns of DB11/T 598 Table D.1 热用户诉求台账, in the standard's order and with its headers and value words
/// (市级/区级/单位级, 咨询/报修/投诉, 上门/电话, 是/否). They are the standard's fixed format, not conversation text, so
/// they live here rather than in the content catalog. Times are China Standard Time.
/// </summary>
public static class LedgerColumns
{
    public static IReadOnlyList<LedgerColumn> All { get; } =
    [
        new("诉求时间", r => Time(r.RequestedAt)),
        new("工单编号", r => r.OrderNumber),
        new("市级编号", r => r.CityNumber),
        new("工单来源", r => r.Source switch { LedgerSource.City => "市级", LedgerSource.District => "区级", _ => "单位级" }),
        new("诉求分类", r => r.Category switch { LedgerCategory.Repair => "报修", LedgerCategory.Complaint => "投诉", _ => "咨询" }),
        new("诉求内容", r => r.Content),
        new("诉求人", r => r.Requester),
        new("电话", r => r.Phone),
        new("行政区", r => r.District),
        new("小区名称", r => r.Community),
        new("地址", r => r.Address),
        new("供热管家", r => r.HeatingSteward),
        Numeric("室外温度", r => r.OutdoorTemperature),
        new("处理人", r => r.Handler),
        new("处理时间", r => r.HandledAt is { } at ? Time(at) : null),
        new("处理方式", r => r.Method switch { HandlingMethod.OnSite => "上门", HandlingMethod.Phone => "电话", _ => null }),
        new("是否响应", r => YesNo(r.Responded)),
        new("是否解决", r => YesNo(r.Solved)),
        new("是否满意", r => YesNo(r.Satisfied)),
        new("处理结果", r => r.Result),
        new("是否只考核响应率", r => YesNo(r.ResponseRateOnly)),
        Numeric("客厅温度", r => r.Temperatures?.LivingRoom),
        Numeric("卧室1温度", r => r.Temperatures?.Bedroom1),
        Numeric("卧室2温度", r => r.Temperatures?.Bedroom2),
        Numeric("其他温度", r => r.Temperatures?.Other),
        new("回访结果", r => r.CallbackResult),
    ];

    private static LedgerColumn Numeric(string header, Func<ClaimLedgerRow, decimal?> value) =>
        new(header, r => value(r)?.ToString(CultureInfo.InvariantCulture), value);

    private static string Time(DateTimeOffset at) => ChinaTime.ToChina(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string? YesNo(bool? value) => value switch { true => "是", false => "否", null => null };
}
