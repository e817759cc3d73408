using System.Globalization;
using OnlineService.Conversation.Prompts.Recognizers;

namespace OnlineService.Conversation.Tests.Recognizers;

public sealed class DateTimeRecognizerTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    // Wednesday 2026-11-18, 10:30 in Beijing.
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 10, 30, 0, Beijing);

    [Theory]
    [InlineData("今天", "2026-11-18", "今天")]
    [InlineData("明天", "2026-11-19", "明天")]
    [InlineData("明天吧", "2026-11-19", "明天")]
    [InlineData("后天", "2026-11-20", "后天")]
    [InlineData("大后天", "2026-11-21", "大后天")]
    [InlineData("昨天", "2026-11-17", "昨天")]
    [InlineData("前天", "2026-11-16", "前天")]
    [InlineData("周五", "2026-11-20", "周五")]
    [InlineData("星期五", "2026-11-20", "星期五")]
    [InlineData("礼拜五", "2026-11-20", "礼拜五")]
    [InlineData("周三", "2026-11-18", "周三")]
    [InlineData("周二", "2026-11-24", "周二")]
    [InlineData("周日", "2026-11-22", "周日")]
    [InlineData("星期天", "2026-11-22", "星期天")]
    [InlineData("礼拜天来吧", "2026-11-22", "礼拜天")]
    [InlineData("下周一", "2026-11-23", "下周一")]
    [InlineData("下个星期三", "2026-11-25", "下个星期三")]
    [InlineData("下下周一", "2026-11-30", "下下周一")]
    [InlineData("这周六", "2026-11-21", "这周六")]
    [InlineData("本周日", "2026-11-22", "本周日")]
    [InlineData("这周一", "2026-11-16", "这周一")]
    [InlineData("上周五", "2026-11-13", "上周五")]
    [InlineData("11月20日", "2026-11-20", "11月20日")]
    [InlineData("11月20号", "2026-11-20", "11月20号")]
    [InlineData("１１月２０号", "2026-11-20", "１１月２０号")]
    [InlineData("11.20", "2026-11-20", "11.20")]
    [InlineData("11/20", "2026-11-20", "11/20")]
    [InlineData("2026-11-20", "2026-11-20", "2026-11-20")]
    [InlineData("2026/11/20", "2026-11-20", "2026/11/20")]
    [InlineData("2026年11月20日", "2026-11-20", "2026年11月20日")]
    [InlineData("26年12月1日", "2026-12-01", "26年12月1日")]
    [InlineData("十一月二十日", "2026-11-20", "十一月二十日")]
    [InlineData("二零二七年一月五号", "2027-01-05", "二零二七年一月五号")]
    [InlineData("11月15日", "2027-11-15", "11月15日")]
    [InlineData("1月3号", "2027-01-03", "1月3号")]
    [InlineData("2月29日", "2028-02-29", "2月29日")]
    [InlineData("20号", "2026-11-20", "20号")]
    [InlineData("15号", "2026-12-15", "15号")]
    [InlineData("31号", "2026-12-31", "31号")]
    [InlineData("下个月5号", "2026-12-05", "下个月5号")]
    [InlineData("本月25日", "2026-11-25", "本月25日")]
    [InlineData("三天后", "2026-11-21", "三天后")]
    [InlineData("3天以后", "2026-11-21", "3天以后")]
    [InlineData("两周后", "2026-12-02", "两周后")]
    [InlineData("一个月以后", "2026-12-18", "一个月以后")]
    [InlineData("我想约在明天，谢谢", "2026-11-19", "明天")]
    public void Resolves_days(string text, string day, string matched)
    {
        var result = DateTimeRecognizer.Recognize(text, Wednesday);

        Assert.Equal(new DateTimeResolution(At(day), null, DateTimeGranularity.Date, matched), result);
    }

    [Theory]
    [InlineData("明天下午三点", "2026-11-19 15:00", "明天下午三点")]
    [InlineData("明天下午三点左右可以吗", "2026-11-19 15:00", "明天下午三点")]
    [InlineData("明天的下午三点", "2026-11-19 15:00", "明天的下午三点")]
    [InlineData("明天3点", "2026-11-19 15:00", "明天3点")]
    [InlineData("明天15:00", "2026-11-19 15:00", "明天15:00")]
    [InlineData("明天 １５：００", "2026-11-19 15:00", "明天 １５：００")]
    [InlineData("明天早上八点", "2026-11-19 08:00", "明天早上八点")]
    [InlineData("明早8点", "2026-11-19 08:00", "明早8点")]
    [InlineData("明天上午十点二十", "2026-11-19 10:20", "明天上午十点二十")]
    [InlineData("明天三点半", "2026-11-19 15:30", "明天三点半")]
    [InlineData("明天三点一刻", "2026-11-19 15:15", "明天三点一刻")]
    [InlineData("明天下午三点三刻", "2026-11-19 15:45", "明天下午三点三刻")]
    [InlineData("明天上午八点零五分", "2026-11-19 08:05", "明天上午八点零五分")]
    [InlineData("明天上午8点05", "2026-11-19 08:05", "明天上午8点05")]
    [InlineData("明天十二点", "2026-11-19 12:00", "明天十二点")]
    [InlineData("周五下午3点半", "2026-11-20 15:30", "周五下午3点半")]
    [InlineData("11月20日上午10点", "2026-11-20 10:00", "11月20日上午10点")]
    [InlineData("2026-11-20 14:30", "2026-11-20 14:30", "2026-11-20 14:30")]
    [InlineData("今晚8点", "2026-11-18 20:00", "今晚8点")]
    [InlineData("今天晚上八点", "2026-11-18 20:00", "今天晚上八点")]
    [InlineData("晚上十二点", "2026-11-19 00:00", "晚上十二点")]
    [InlineData("明天晚上一点", "2026-11-20 01:00", "明天晚上一点")]
    [InlineData("明天凌晨三点", "2026-11-19 03:00", "明天凌晨三点")]
    [InlineData("中午12点", "2026-11-18 12:00", "中午12点")]
    [InlineData("中午一点", "2026-11-18 13:00", "中午一点")]
    [InlineData("下午三点", "2026-11-18 15:00", "下午三点")]
    [InlineData("3点", "2026-11-18 15:00", "3点")]
    [InlineData("11点", "2026-11-18 11:00", "11点")]
    [InlineData("9点", "2026-11-18 21:00", "9点")]
    [InlineData("上午9点", "2026-11-19 09:00", "上午9点")]
    [InlineData("三点钟", "2026-11-18 15:00", "三点钟")]
    [InlineData("下午3点，明天", "2026-11-19 15:00", "下午3点，明天")]
    [InlineData("半小时后", "2026-11-18 11:00", "半小时后")]
    [InlineData("半个小时以后", "2026-11-18 11:00", "半个小时以后")]
    [InlineData("两个小时以后", "2026-11-18 12:30", "两个小时以后")]
    [InlineData("一个半小时后", "2026-11-18 12:00", "一个半小时后")]
    [InlineData("1.5小时后", "2026-11-18 12:00", "1.5小时后")]
    [InlineData("10分钟之后", "2026-11-18 10:40", "10分钟之后")]
    [InlineData("两个钟头后再来", "2026-11-18 12:30", "两个钟头后")]
    [InlineData("这周六上午十点", "2026-11-21 10:00", "这周六上午十点")]
    [InlineData("周六早上9点半", "2026-11-21 09:30", "周六早上9点半")]
    [InlineData("下午4点以后都在家", "2026-11-18 16:00", "下午4点")]
    [InlineData("师傅能不能明天上午十点过来", "2026-11-19 10:00", "明天上午十点")]
    public void Resolves_moments(string text, string moment, string matched)
    {
        var result = DateTimeRecognizer.Recognize(text, Wednesday);

        Assert.Equal(new DateTimeResolution(At(moment), null, DateTimeGranularity.DateTime, matched), result);
    }

    [Theory]
    [InlineData("周五上午", "2026-11-20 08:00", "2026-11-20 12:00", "周五上午")]
    [InlineData("周五下午", "2026-11-20 14:00", "2026-11-20 18:00", "周五下午")]
    [InlineData("明天中午", "2026-11-19 11:00", "2026-11-19 13:00", "明天中午")]
    [InlineData("明天晚上", "2026-11-19 18:00", "2026-11-19 22:00", "明天晚上")]
    [InlineData("今晚", "2026-11-18 18:00", "2026-11-18 22:00", "今晚")]
    [InlineData("明早", "2026-11-19 06:00", "2026-11-19 09:00", "明早")]
    [InlineData("三天后下午", "2026-11-21 14:00", "2026-11-21 18:00", "三天后下午")]
    [InlineData("下午", "2026-11-18 14:00", "2026-11-18 18:00", "下午")]
    [InlineData("上午", "2026-11-18 08:00", "2026-11-18 12:00", "上午")]
    [InlineData("早上", "2026-11-19 06:00", "2026-11-19 09:00", "早上")]
    [InlineData("下午两点到四点", "2026-11-18 14:00", "2026-11-18 16:00", "下午两点到四点")]
    [InlineData("下午两到四点", "2026-11-18 14:00", "2026-11-18 16:00", "下午两到四点")]
    [InlineData("明天下午2点-4点之间", "2026-11-19 14:00", "2026-11-19 16:00", "明天下午2点-4点")]
    [InlineData("明天上午十点到下午两点", "2026-11-19 10:00", "2026-11-19 14:00", "明天上午十点到下午两点")]
    [InlineData("明天9:00~11:30", "2026-11-19 09:00", "2026-11-19 11:30", "明天9:00~11:30")]
    [InlineData("明天上午十一点到一点", "2026-11-19 11:00", "2026-11-19 13:00", "明天上午十一点到一点")]
    [InlineData("明天晚上八点到十二点", "2026-11-19 20:00", "2026-11-20 00:00", "明天晚上八点到十二点")]
    [InlineData("3点到5点", "2026-11-18 15:00", "2026-11-18 17:00", "3点到5点")]
    [InlineData("后天上午吧", "2026-11-20 08:00", "2026-11-20 12:00", "后天上午")]
    [InlineData("麻烦明天上午来修一下", "2026-11-19 08:00", "2026-11-19 12:00", "明天上午")]
    [InlineData("下周二下午两点到四点之间", "2026-11-24 14:00", "2026-11-24 16:00", "下周二下午两点到四点")]
    [InlineData("12月1号下午", "2026-12-01 14:00", "2026-12-01 18:00", "12月1号下午")]
    [InlineData("两点半到三点", "2026-11-18 14:30", "2026-11-18 15:00", "两点半到三点")]
    public void Resolves_time_ranges(string text, string start, string end, string matched)
    {
        var result = DateTimeRecognizer.Recognize(text, Wednesday);

        Assert.Equal(new DateTimeResolution(At(start), At(end), DateTimeGranularity.TimeRange, matched), result);
    }

    [Theory]
    [InlineData("周末", "2026-11-21", "2026-11-23", "周末")]
    [InlineData("这周末", "2026-11-21", "2026-11-23", "这周末")]
    [InlineData("下周末", "2026-11-28", "2026-11-30", "下周末")]
    [InlineData("下周", "2026-11-23", "2026-11-30", "下周")]
    [InlineData("这个星期", "2026-11-16", "2026-11-23", "这个星期")]
    [InlineData("11月20日到22日", "2026-11-20", "2026-11-23", "11月20日到22日")]
    [InlineData("11月30日至12月2日", "2026-11-30", "2026-12-03", "11月30日至12月2日")]
    [InlineData("明天到后天", "2026-11-19", "2026-11-21", "明天到后天")]
    [InlineData("周五到下周一", "2026-11-20", "2026-11-24", "周五到下周一")]
    public void Resolves_date_ranges(string text, string start, string end, string matched)
    {
        var result = DateTimeRecognizer.Recognize(text, Wednesday);

        Assert.Equal(new DateTimeResolution(At(start), At(end), DateTimeGranularity.DateRange, matched), result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("你好")]
    [InlineData("暖气不热")]
    [InlineData("三楼")]
    [InlineData("3号楼")]
    [InlineData("1号线")]
    [InlineData("能快一点吗")]
    [InlineData("早一点")]
    [InlineData("一点儿也不热")]
    [InlineData("第三点")]
    [InlineData("周围很冷")]
    [InlineData("星期")]
    [InlineData("3个人")]
    [InlineData("13个月")]
    [InlineData("1.2.3")]
    [InlineData("13月5日")]
    [InlineData("2月30日")]
    [InlineData("25点")]
    [InlineData("什么时候都行")]
    public void Returns_null_without_a_date_or_time(string text)
    {
        Assert.Null(DateTimeRecognizer.Recognize(text, Wednesday));
    }

    [Fact]
    public void A_bare_date_already_past_this_year_means_next_year()
    {
        var sunday = new DateTimeOffset(2026, 11, 22, 9, 0, 0, Beijing);

        var result = DateTimeRecognizer.Recognize("11月20日", sunday);

        Assert.Equal(At("2027-11-20"), result?.Start);
    }

    [Fact]
    public void A_bare_date_today_is_today()
    {
        var sunday = new DateTimeOffset(2026, 11, 22, 23, 0, 0, Beijing);

        Assert.Equal(At("2026-11-22"), DateTimeRecognizer.Recognize("11月22号", sunday)?.Start);
    }

    [Theory]
    [InlineData("周日", "2026-11-22")]
    [InlineData("周五", "2026-11-27")]
    [InlineData("下周一", "2026-11-23")]
    [InlineData("这周一", "2026-11-16")]
    public void Weekdays_on_a_sunday_use_a_monday_based_week(string text, string day)
    {
        var sunday = new DateTimeOffset(2026, 11, 22, 9, 0, 0, Beijing);

        Assert.Equal(At(day), DateTimeRecognizer.Recognize(text, sunday)?.Start);
    }

    [Theory]
    [InlineData("8点", "2026-11-19 08:00")]
    [InlineData("下午三点", "2026-11-19 15:00")]
    [InlineData("七点", "2026-11-19 07:00")]
    [InlineData("十点", "2026-11-18 22:00")]
    [InlineData("十一点", "2026-11-18 23:00")]
    public void Times_already_past_today_move_to_tonight_or_tomorrow(string text, string moment)
    {
        var evening = new DateTimeOffset(2026, 11, 18, 21, 0, 0, Beijing);

        Assert.Equal(At(moment), DateTimeRecognizer.Recognize(text, evening)?.Start);
    }

    [Fact]
    public void A_part_of_the_day_already_over_means_tomorrow()
    {
        var evening = new DateTimeOffset(2026, 11, 18, 21, 0, 0, Beijing);

        var result = DateTimeRecognizer.Recognize("下午", evening);

        Assert.Equal(new DateTimeResolution(At("2026-11-19 14:00"), At("2026-11-19 18:00"), DateTimeGranularity.TimeRange, "下午"), result);
    }

    [Fact]
    public void An_explicit_day_is_kept_even_when_past()
    {
        Assert.Equal(At("2026-11-18 09:00"), DateTimeRecognizer.Recognize("今天上午9点", Wednesday)?.Start);
    }

    [Theory]
    [InlineData("1月2日", "2027-01-02")]
    [InlineData("下周一", "2027-01-04")]
    [InlineData("明天", "2026-12-31")]
    [InlineData("后天", "2027-01-01")]
    [InlineData("下个月3号", "2027-01-03")]
    public void Crosses_the_year_end(string text, string day)
    {
        var yearEnd = new DateTimeOffset(2026, 12, 30, 9, 0, 0, Beijing);

        Assert.Equal(At(day), DateTimeRecognizer.Recognize(text, yearEnd)?.Start);
    }

    [Fact]
    public void Results_carry_the_callers_offset()
    {
        var utc = new DateTimeOffset(2026, 11, 18, 2, 30, 0, TimeSpan.Zero);

        var result = DateTimeRecognizer.Recognize("明天下午三点", utc);

        Assert.Equal(new DateTimeOffset(2026, 11, 19, 15, 0, 0, TimeSpan.Zero), result?.Start);
        Assert.Equal(TimeSpan.Zero, result?.Start.Offset);
    }

    [Fact]
    public void Today_is_the_callers_local_day_not_utc()
    {
        // 23:30 UTC on the 18th is already the 19th in Beijing.
        var lateUtc = new DateTimeOffset(2026, 11, 18, 23, 30, 0, TimeSpan.Zero).ToOffset(Beijing);

        var result = DateTimeRecognizer.Recognize("明天", lateUtc);

        Assert.Equal(At("2026-11-20"), result?.Start);
        Assert.Equal(Beijing, result?.Start.Offset);
    }

    [Fact]
    public void Offsets_keep_seconds_of_now()
    {
        var now = new DateTimeOffset(2026, 11, 18, 10, 30, 45, Beijing);

        Assert.Equal(now.AddMinutes(30), DateTimeRecognizer.Recognize("半小时后", now)?.Start);
    }

    [Fact]
    public void Only_the_first_expression_is_read()
    {
        // Negation is for the prompt to handle; the recognizer reports the first expression it sees.
        var result = DateTimeRecognizer.Recognize("明天不行，后天下午", Wednesday);

        Assert.Equal(new DateTimeResolution(At("2026-11-19"), null, DateTimeGranularity.Date, "明天"), result);
    }

    private static DateTimeOffset At(string local)
    {
        var format = local.Length == 10 ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm";
        var value = DateTime.ParseExact(local, format, CultureInfo.InvariantCulture);
        return new DateTimeOffset(value, Beijing);
    }
}
