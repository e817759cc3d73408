using OnlineService.Conversation.Prompts.Recognizers;

namespace OnlineService.Conversation.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Menu =
    [
        new("报修", ["暖气不热", "维修", "repair"]),
        new("缴费", ["交费", "交暖气费", "pay"]),
        new("查询账单", ["账单", "欠费"]),
        new("人工客服", ["转人工", "人工"]),
    ];

    [Theory]
    [InlineData("报修", 0, null)]
    [InlineData("缴费！", 1, null)]
    [InlineData(" 查询 账单 ", 2, null)]
    [InlineData("交费", 1, "交费")]
    [InlineData("REPAIR", 0, "repair")]
    [InlineData("ｐａｙ", 1, "pay")]
    [InlineData("转人工", 3, "转人工")]
    public void Matches_titles_and_synonyms_exactly(string text, int index, string? synonym)
    {
        var found = ChoiceRecognizer.Recognize(text, Menu);

        Assert.Equal(new FoundChoice(Menu[index].Value, index, 1.0, synonym), found);
    }

    [Theory]
    [InlineData("1", 0)]
    [InlineData("１", 0)]
    [InlineData("一", 0)]
    [InlineData("第一个", 0)]
    [InlineData("第1项", 0)]
    [InlineData("选2", 1)]
    [InlineData("选第二个", 1)]
    [InlineData("我选第三个吧", 2)]
    [InlineData("第四项", 3)]
    [InlineData("4号", 3)]
    [InlineData("就第二个", 1)]
    [InlineData("最后一个", 3)]
    [InlineData("最后那个吧", 3)]
    [InlineData("选项3", 2)]
    public void Matches_ordinals(string text, int index)
    {
        var found = ChoiceRecognizer.Recognize(text, Menu);

        Assert.Equal(new FoundChoice(Menu[index].Value, index, 1.0, null), found);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("第五个")]
    [InlineData("0")]
    [InlineData("第")]
    [InlineData("选")]
    public void Ordinals_outside_the_list_match_nothing(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, Menu));
    }

    [Theory]
    [InlineData("我家暖气不热了", 0, "暖气不热")]
    [InlineData("我想交暖气费", 1, "交暖气费")]
    [InlineData("帮我查一下账单", 2, "账单")]
    [InlineData("查询", 2, null)]
    [InlineData("麻烦转人工客服", 3, null)]
    public void Matches_partially(string text, int index, string? synonym)
    {
        var found = ChoiceRecognizer.Recognize(text, Menu);

        Assert.NotNull(found);
        Assert.Equal(Menu[index].Value, found.Value);
        Assert.Equal(index, found.Index);
        Assert.Equal(synonym, found.Synonym);
        Assert.InRange(found.Score, 0.0, 0.999);
    }

    [Fact]
    public void Longer_partial_matches_score_higher()
    {
        var close = ChoiceRecognizer.Recognize("我要报修", Menu);
        var far = ChoiceRecognizer.Recognize("你好我家里想要报修一下", Menu);

        Assert.NotNull(close);
        Assert.NotNull(far);
        Assert.Equal(0.5, close.Score, 6);
        Assert.True(close.Score > far.Score);
    }

    [Fact]
    public void Equally_good_partial_matches_are_ambiguous()
    {
        Choice[] choices = [new("在线缴费"), new("缴费记录")];

        Assert.Null(ChoiceRecognizer.Recognize("缴费", choices));
    }

    [Fact]
    public void The_better_of_two_partial_matches_wins()
    {
        Choice[] choices = [new("在线缴费"), new("缴费记录查询")];

        var found = ChoiceRecognizer.Recognize("缴费", choices);

        Assert.NotNull(found);
        Assert.Equal(0, found.Index);
        Assert.Equal(0.5, found.Score, 6);
    }

    [Fact]
    public void A_word_shared_by_two_choices_exactly_is_ambiguous()
    {
        Choice[] choices = [new("报修", ["维修"]), new("上门服务", ["维修"])];

        Assert.Null(ChoiceRecognizer.Recognize("维修", choices));
    }

    [Fact]
    public void Exact_titles_win_over_ordinals()
    {
        Choice[] choices = [new("2号楼"), new("1号楼"), new("3")];

        Assert.Equal(2, ChoiceRecognizer.Recognize("3", choices)?.Index);
        Assert.Equal(1, ChoiceRecognizer.Recognize("2", choices)?.Index);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("！？")]
    [InlineData("天气怎么样")]
    [InlineData("修")]
    public void Returns_null_when_nothing_matches(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, Menu));
    }

    [Fact]
    public void Returns_null_for_an_empty_list()
    {
        Assert.Null(ChoiceRecognizer.Recognize("1", []));
    }
}
