package io.fintechkg.extract;

import static io.fintechkg.extract.ExtractionAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organisations named without a suffix, recognised by a stock code, an owner's words or a title after them. */
class OrganisationContextRuleTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            随后洛阳钼业（603993）发布的公告披露了更多信息。          | 洛阳钼业
            据悉，新三板挂牌公司鑫源期货（831068）率先发布公告。     | 鑫源期货
            晨光乳业(09668.HK)公告称，近日收到批复。                 | 晨光乳业
            比如建信控股的建信期货、鲁能控股的鲁证期货等。          | 鲁能
            今年1月，宏盛旗下盛泰化纤收购良友期货。                  | 宏盛
            2月，港汇期货正式成立，烟台港持股60%。                   | 烟台港
            """)
    void anOrganisationWithoutSuffixIsReadFromTheWordsAfterIt(String sentence, String name) {
        assertThat(extract(sentence).typeOf(name)).isEqualTo(EntityType.INSTITUTION);
    }

    @Test
    void aTitleAndAPersonAfterANameMakeItAnOrganisation() {
        var x = extract("”北京晨曦阳光新能源总裁黄立新在接受记者采访时表示。基金会常务副理事长高明出席。");
        assertThat(x.has("黄立新", RelationType.HOLDS_POSITION, "北京晨曦阳光新能源")).isTrue();
        assertThat(x.names()).noneMatch(n -> n.endsWith("常务") || n.endsWith("副"));
    }

    @Test
    void wordsBeforeTheCueThatNameNoOneMakeNoOrganisation() {
        var x = extract("该公司正式入股，部分股东持股比例下降，人力资源部总经理王明出席。");
        assertThat(x.names()).containsOnly("王明");
    }
}
