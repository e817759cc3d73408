using OnlineService.Understanding.Intents;

namespace OnlineService.Understanding.Llm;

/// <summary>
/// The fixed intent ids with one plain description each (from shared/intents.md), written in Chinese because the
/// residents' messages are; the model picks from exactly these ids.
/// </summary>
internal static class IntentCatalogue
{
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [IntentIds.RepairLeak] = "家里暖气片、管道、阀门或地暖漏水（紧急报修）",
        [IntentIds.RepairNotWarm] = "家里不热、暖气片凉或温乎",
        [IntentIds.RepairTemperatureCheck] = "要求上门测室温",
        [IntentIds.RepairOther] = "室内供暖设备其他故障：阀门坏、异响、自己放不了的气",
        [IntentIds.Complaint] = "投诉工作人员态度、拖延、问题反复不解决、施工扰民",
        [IntentIds.Report] = "举报他人私改暖气、偷放热水、私接管道",
        [IntentIds.Suggestion] = "对政策、流程、服务提建议或意见",
        [IntentIds.Praise] = "感谢或表扬工作人员、服务",
        [IntentIds.BillQuery] = "查欠多少钱、账单明细、缴费记录",
        [IntentIds.BillPay] = "现在要交暖气费",
        [IntentIds.InvoiceGet] = "要开某笔缴费的（电子）发票",
        [IntentIds.Refund] = "要退钱（多交、报停、减免）",
        [IntentIds.HeatingSuspend] = "要给自家办理停止供暖（报停）",
        [IntentIds.HeatingResume] = "报停后要恢复供热",
        [IntentIds.AccountTransfer] = "房屋过户、更名",
        [IntentIds.AccountBind] = "把聊天账号绑定到供热户号",
        [IntentIds.RequestStatus] = "查询之前的报修、申请、工单进度",
        [IntentIds.OutageQuery] = "片区为什么停暖、什么时候恢复",
        [IntentIds.HandoffHuman] = "要找人工客服",
        ["faq.heating_period"] = "供暖季什么时候开始、结束",
        ["faq.temperature_standard"] = "室温保证多少度",
        ["faq.fee_standard"] = "每平方米多少钱、暖气费怎么算",
        ["faq.payment_methods"] = "在哪里、怎么交费",
        ["faq.payment_deadline"] = "交费截止时间、滞纳金",
        ["faq.invoice_howto"] = "发票一般怎么开（不是马上要开）",
        ["faq.suspend_conditions"] = "报停的条件、材料和期限",
        ["faq.transfer_materials"] = "过户需要哪些材料",
        ["faq.bleed_radiator"] = "暖气片怎么放气",
        ["faq.radiator_cover"] = "暖气罩、家具、窗帘是否影响供暖",
        ["faq.leak_emergency"] = "漏水了现在该怎么办（关阀门、保护财物）",
        ["faq.outlets"] = "营业厅地址和营业时间",
        ["faq.hotline"] = "客服电话是多少",
        ["faq.water_filling"] = "供暖前注水、打压试水通知",
        ["faq.billing_area"] = "收费面积怎么确定",
        ["faq.heat_metering"] = "按热计量收费",
        ["faq.low_income_reduction"] = "低保、困难家庭的减免",
        ["faq.renovation"] = "装修时移动或更换暖气片",
        [IntentIds.None] = "与供热服务无关（闲聊、天气、别的行业、无意义内容）",
    };
}
