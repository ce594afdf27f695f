package io.fintechkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.extract.Evidence;
import io.fintechkg.extract.ExtractedEntity;
import io.fintechkg.extract.ExtractedRelation;
import io.fintechkg.extract.Extraction;
import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import io.fintechkg.parse.ParsedArticle;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver();

    static Stream<Arguments> sameCompany() {
        return Stream.of(
                Arguments.of("华为技术有限公司", "华为技术"),
                Arguments.of("中国平安保险（集团）股份有限公司", "中国平安保险(集团)"),
                Arguments.of("上海 浦东 发展银行股份有限公司", "上海浦东发展银行"),
                Arguments.of("中国稀土集团有限公司", "中国稀土集团"));
    }

    @ParameterizedTest
    @MethodSource("sameCompany")
    void givesCompanyFormsOfOneNameTheSameId(String written, String other) {
        assertThat(idOf(written, EntityType.INSTITUTION)).isEqualTo(idOf(other, EntityType.INSTITUTION));
    }

    @Test
    void keepsAGroupApartFromTheCompanyOfTheSameStem() {
        assertThat(idOf("中国稀土集团有限公司", EntityType.INSTITUTION)).isNotEqualTo(idOf("中国稀土", EntityType.INSTITUTION));
    }

    @Test
    void keepsABranchApartFromItsParent() {
        assertThat(idOf("中国联通上海分公司", EntityType.INSTITUTION)).isNotEqualTo(idOf("中国联通", EntityType.INSTITUTION));
    }

    @Test
    void followsAnAliasTheGraphAlreadyKnows() {
        AliasLookup graph = keys -> keys.contains("Institution:蚂蚁金服") ? Map.of("Institution:蚂蚁金服", "known-id") : Map.of();

        var entity = resolver.resolve(extraction(entity("蚂蚁金服", EntityType.INSTITUTION, null)), graph).entities().getFirst();

        assertThat(entity.id()).isEqualTo("known-id");
        assertThat(entity.resolvedBy()).isEqualTo("name:Institution:蚂蚁金服");
    }

    @Test
    void sameTickerIsTheSameCompanyWhateverTheName() {
        AliasLookup graph = keys -> keys.contains("ticker:sh601658") ? Map.of("ticker:sh601658", "psbc") : Map.of();

        var entity = resolver.resolve(extraction(entity("邮储银行", EntityType.INSTITUTION, "sh601658")), graph)
                .entities().getFirst();

        assertThat(entity.id()).isEqualTo("psbc");
        assertThat(entity.resolvedBy()).isEqualTo("ticker:sh601658");
    }

    @Test
    void doesNotShareShortFormsWithOtherArticles() {
        var association = new ExtractedEntity("中国互联网金融协会", EntityType.COMMITTEE, List.of("协会"), null, List.of());

        var entity = resolver.resolve(extraction(association), AliasLookup.empty()).entities().getFirst();

        assertThat(entity.aliases()).containsExactly("协会");
        assertThat(entity.aliasKeys()).doesNotContain("Committee:协会");
    }

    @Test
    void joinsEntitiesOfOneArticleThatShareAName() {
        var resolved = resolver.resolve(extraction(entity("邮储银行", EntityType.INSTITUTION, null),
                new ExtractedEntity("中国邮政储蓄银行", EntityType.INSTITUTION, List.of("邮储银行"), null, List.of())),
                AliasLookup.empty());

        assertThat(resolved.entities()).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("中国邮政储蓄银行"))
                .satisfies(e -> assertThat(e.aliases()).containsExactly("邮储银行"));
    }

    @Test
    void ordersASymmetricFactBySmallerId() {
        var a = entity("邮储银行", EntityType.INSTITUTION, null);
        var b = entity("蚂蚁金服", EntityType.INSTITUTION, null);
        var evidence = List.of(new Evidence("邮储银行与蚂蚁金服签约。", 0, 12, 0.8, "trigger:签约"));
        var forward = resolver.resolve(new Extraction(article(), List.of(a, b),
                List.of(new ExtractedRelation("邮储银行", RelationType.PARTNERS_WITH, "蚂蚁金服", 0.8, evidence)), "t"),
                AliasLookup.empty()).facts().getFirst();
        var backward = resolver.resolve(new Extraction(article(), List.of(a, b),
                List.of(new ExtractedRelation("蚂蚁金服", RelationType.PARTNERS_WITH, "邮储银行", 0.8, evidence)), "t"),
                AliasLookup.empty()).facts().getFirst();

        assertThat(forward.id()).isEqualTo(backward.id());
        assertThat(forward.sourceId().compareTo(forward.targetId())).isNegative();
    }

    private String idOf(String name, EntityType type) {
        return resolver.resolve(extraction(entity(name, type, null)), AliasLookup.empty()).entities().getFirst().id();
    }

    private static ExtractedEntity entity(String name, EntityType type, String ticker) {
        return new ExtractedEntity(name, type, List.of(), ticker, List.of());
    }

    private static Extraction extraction(ExtractedEntity... entities) {
        return new Extraction(article(), List.of(entities), List.of(), "t");
    }

    private static ParsedArticle article() {
        return new ParsedArticle("a.txt", "a.txt", "t", null, null, null, List.of(), "", List.of(), List.of(),
                List.of(), "h");
    }
}
