package org.allyadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.IllegalFormatException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The words rules write into titles and rationales: filled without {@link String#format} for speed,
 * they must read exactly as {@code String.format} and decimal rounding would write them.
 */
class AdviceWordsTest {

    private static final double[] NUMBERS = {
        0.0,
        -0.0,
        1.0,
        -3.0,
        2.0,
        1.5,
        1.005,
        2.675,
        -1.405,
        0.125,
        44300.0,
        1e10,
        1e15,
        1e16,
        -1e16,
        123456789.125,
        0.1 + 0.2,
        3.499999,
        Double.MIN_VALUE,
        99.995
    };

    @Test
    void plainNumbersReadAsTheirDecimalRounding() {
        for (double number : NUMBERS) {
            String decimal =
                    BigDecimal.valueOf(number)
                            .setScale(2, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString();
            assertThat(Advice.plain(number)).as("plain(%s)", number).isEqualTo(decimal);
            assertThat(Advice.plain((float) number))
                    .as("plain(%sf)", (float) number)
                    .isEqualTo(
                            BigDecimal.valueOf((double) (float) number)
                                    .setScale(2, RoundingMode.HALF_UP)
                                    .stripTrailingZeros()
                                    .toPlainString());
        }
    }

    @Test
    void roundedNumbersEqualTheirDecimalRoundingBitForBit() {
        for (double number : NUMBERS) {
            double decimal =
                    BigDecimal.valueOf(number).setScale(2, RoundingMode.HALF_UP).doubleValue();
            assertThat(Double.doubleToRawLongBits(Advice.rounded(number)))
                    .as("rounded(%s)", number)
                    .isEqualTo(Double.doubleToRawLongBits(decimal));
        }
        assertThat(Advice.rounded(Double.NaN)).isNaN();
        assertThat(Advice.rounded(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void templatesReadAsStringFormatWouldWriteThem() {
        Object[] args = {1.5, 2.0, "Poland", Priority.HIGH, null, 7};
        for (String template :
                new String[] {
                    "",
                    "no conversions",
                    "%s%% of GDP",
                    "%s, %s and %s: %s %s %s",
                    "100%% sure",
                    "%s%%%s",
                    "only %s of six"
                }) {
            assertThat(Advice.Draft.format(template, args))
                    .as(template)
                    .isEqualTo(
                            String.format(
                                    Locale.ROOT,
                                    template,
                                    "1.5",
                                    "2",
                                    "Poland",
                                    "HIGH",
                                    "null",
                                    "7"));
        }
    }

    @Test
    void otherConversionsGoToStringFormat() {
        assertThat(Advice.Draft.format("%-8s|%n", "a"))
                .isEqualTo(String.format(Locale.ROOT, "%-8s|%n", "a"));
        assertThat(Advice.Draft.format("%S", "a")).isEqualTo("A");
    }

    @Test
    void aTemplateThatCannotBeFilledIsRefusedAsStringFormatRefusesIt() {
        assertThatThrownBy(() -> Advice.Draft.format("%s and %s", 1.0))
                .isInstanceOf(IllegalFormatException.class);
        assertThatThrownBy(() -> Advice.Draft.format("50%", 1.0))
                .isInstanceOf(IllegalFormatException.class);
        assertThatThrownBy(() -> Advice.Draft.format("%d", 1.0))
                .isInstanceOf(IllegalFormatException.class);
    }
}
