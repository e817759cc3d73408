using System.Globalization;
using System.Text;

namespace OnlineService.Understanding.Faq;

/// <summary>
/// The utility's own facts that FAQ answers quote through placeholders such as <c>{hotline}</c>
/// (configuration section <c>Utility</c>). The defaults describe a fictitious sample utility so the bot
/// runs out of the box; every operator must replace them with their own published figures.
/// </summary>
public sealed class UtilityFacts
{
    public const string SectionName = "Utility";

    public string CompanyName { get; set; } = "示例热力公司";

    public string Hotline { get; set; } = "400-000-9600";

    public string HotlineHours { get; set; } = "全天24小时";

    public string HeatingSeasonStart { get; set; } = "11月15日";

    public string HeatingSeasonEnd { get; set; } = "次年3月15日";

    public string IndoorTemperature { get; set; } = "18℃";

    public string ResidentialPrice { get; set; } = "每平方米建筑面积24元（一个供暖季）";

    public string NonResidentialPrice { get; set; } = "每平方米建筑面积40元（一个供暖季）";

    public string MeteredBasePrice { get; set; } = "每平方米12元";

    public string MeteredEnergyPrice { get; set; } = "每吉焦（热量单位）40元";

    public string PaymentWindow { get; set; } = "每年10月1日至11月14日";

    public string PaymentDeadline { get; set; } = "11月14日";

    public string LateFeeRule { get; set; } = "逾期未交的，按供热合同约定从逾期之日起加收违约金";

    public string PaymentChannels { get; set; } = "微信公众号、支付宝、云闪付、合作银行网点和各营业厅";

    public string OnlineHall { get; set; } = "本公众号的“网上营业厅”";

    public string InvoiceChannel { get; set; } = "交费成功后在“网上营业厅—我的发票”里查看和下载";

    public string SuspendDeadline { get; set; } = "每年10月15日";

    public string SuspendConditions { get; set; } = "房屋整个供暖季不住人、且已交清以前的暖气费";

    public string SuspendMaterials { get; set; } = "产权人身份证和房产证（他人代办再带委托书和代办人身份证）";

    /// <summary>Defaults follow DB11/T 598 5.7.2; the national profile (T/CDHA 4.4.6) allows 15 working days.</summary>
    public string SuspendProcessingTime { get; set; } = "5个工作日内上门查看是否具备条件，符合的2个工作日内关阀";

    public string TransferMaterials { get; set; } = "新产权人的身份证、不动产权证（房产证）或购房合同，以及原户号；他人代办请再带委托书和代办人身份证";

    /// <summary>T/CDHA 4.4.7: three working days once the papers are complete.</summary>
    public string TransferProcessingTime { get; set; } = "3个工作日";

    public string SuspendFeeRule { get; set; } = "报停期间按合同交纳基本热费（一般为全额热费的20%）";

    public string BillingAreaRule { get; set; } = "按不动产权证（房产证）上登记的建筑面积计费";

    public string WaterFillingTime { get; set; } = "每年10月下旬";

    public string LowIncomeContact { get; set; } = "户籍所在街道（乡镇）的社会救助窗口或社区居委会";

    /// <summary>
    /// Service halls to publish. Empty by default on purpose: the configuration binder appends to a pre-filled
    /// list, so the sample halls live in <see cref="SampleServiceHalls"/> and are shown only while none is configured.
    /// </summary>
    public IList<ServiceHall> ServiceHalls { get; } = [];

    /// <summary>The fictitious halls shown until the operator configures <see cref="ServiceHalls"/>.</summary>
    public static IReadOnlyList<ServiceHall> SampleServiceHalls { get; } =
    [
        new ServiceHall { Name = "城东营业厅", Address = "示例市东城路88号", Hours = "周一至周六 8:30-17:00", Phone = "400-000-9600" },
        new ServiceHall { Name = "城西营业厅", Address = "示例市西园街16号", Hours = "周一至周五 8:30-17:00", Phone = "400-000-9600" },
    ];

    /// <summary>Placeholder name → text, as FAQ templates use them.</summary>
    public IReadOnlyDictionary<string, string> ToPlaceholders() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["company_name"] = CompanyName,
        ["hotline"] = Hotline,
        ["hotline_hours"] = HotlineHours,
        ["heating_season_start"] = HeatingSeasonStart,
        ["heating_season_end"] = HeatingSeasonEnd,
        ["indoor_temperature"] = IndoorTemperature,
        ["residential_price"] = ResidentialPrice,
        ["non_residential_price"] = NonResidentialPrice,
        ["metered_base_price"] = MeteredBasePrice,
        ["metered_energy_price"] = MeteredEnergyPrice,
        ["payment_window"] = PaymentWindow,
        ["payment_deadline"] = PaymentDeadline,
        ["late_fee_rule"] = LateFeeRule,
        ["payment_channels"] = PaymentChannels,
        ["online_hall"] = OnlineHall,
        ["invoice_channel"] = InvoiceChannel,
        ["suspend_deadline"] = SuspendDeadline,
        ["suspend_fee_rule"] = SuspendFeeRule,
        ["suspend_conditions"] = SuspendConditions,
        ["suspend_materials"] = SuspendMaterials,
        ["suspend_processing_time"] = SuspendProcessingTime,
        ["transfer_materials"] = TransferMaterials,
        ["transfer_processing_time"] = TransferProcessingTime,
        ["billing_area_rule"] = BillingAreaRule,
        ["water_filling_time"] = WaterFillingTime,
        ["low_income_contact"] = LowIncomeContact,
        ["service_halls"] = FormatHalls(),
    };

    private string FormatHalls()
    {
        var text = new StringBuilder();
        foreach (var hall in ServiceHalls.Count > 0 ? (IEnumerable<ServiceHall>)ServiceHalls : SampleServiceHalls)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n· {hall.Name}：{hall.Address}，{hall.Hours}");
            if (!string.IsNullOrWhiteSpace(hall.Phone))
            {
                text.Append(CultureInfo.InvariantCulture, $"，电话 {hall.Phone}");
            }
        }

        return text.ToString();
    }
}
