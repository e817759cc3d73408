using OnlineService.Conversation.Prompts.Recognizers;

namespace OnlineService.Conversation.Tests.Recognizers;

/// <summary>Residents type anything; no recognizer may throw on it.</summary>
public sealed class RecognizerRobustnessTests
{
    // Fragments that drive the parsers into their edge cases, glued together at random.
    private static readonly string[] Fragments =
    [
        "0", "1", "9", "12", "31", "99", "2026", "１", "-", "+", ".", ",", ":", "/", "~", " ", "，", "？", "　", "点", "时",
        "分", "半", "刻", "整", "到", "至", "号", "日", "月", "年", "周", "星期", "礼拜", "末", "下", "上", "这", "个",
        "后", "以后", "小时", "天", "零", "一", "二", "两", "十", "百", "千", "万", "亿", "壹", "拾", "幺", "负", "零下",
        "第", "不", "是", "不是", "好", "嗯", "吗", "没", "可以", "下午", "晚上", "凌晨", "今晚", "明天", "大后天",
        "选", "最后", "ok", "no", "😀", "\n",
    ];

    private static readonly Choice[] Choices = [new("报修", ["维修"]), new("缴费"), new("1号楼")];

    [Fact]
    public void Random_input_never_throws()
    {
        var random = new Random(20261122);
        var now = new DateTimeOffset(2026, 11, 18, 10, 30, 0, TimeSpan.FromHours(8));
        for (var round = 0; round < 20_000; round++)
        {
            var count = random.Next(1, 9);
            var parts = new string[count];
            for (var i = 0; i < count; i++)
            {
                parts[i] = Fragments[random.Next(Fragments.Length)];
            }

            var text = string.Concat(parts);
            var number = NumberRecognizer.Recognize(text);
            ConfirmRecognizer.Recognize(text);
            var choice = ChoiceRecognizer.Recognize(text, Choices);
            var phone = MobilePhoneRecognizer.Recognize(text);
            var moment = DateTimeRecognizer.Recognize(text, now);

            if (number is not null)
            {
                Assert.InRange(number.Start, 0, text.Length - 1);
                Assert.InRange(number.Start + number.Length, 1, text.Length);
            }

            if (choice is not null)
            {
                Assert.InRange(choice.Score, 0.0, 1.0);
            }

            if (phone is not null)
            {
                Assert.Matches("^1[3-9][0-9]{9}$", phone);
            }

            if (moment is not null)
            {
                Assert.Contains(moment.MatchedText, text, StringComparison.Ordinal);
                Assert.Equal(now.Offset, moment.Start.Offset);
                Assert.True(moment.End is null || moment.End > moment.Start, $"Range ends before it starts for '{text}'.");
            }
        }
    }

    [Fact]
    public void Far_future_now_does_not_throw()
    {
        var farFuture = new DateTimeOffset(9999, 12, 30, 10, 0, 0, TimeSpan.FromHours(8));

        Assert.Null(DateTimeRecognizer.Recognize("2月29日", farFuture));
    }
}
