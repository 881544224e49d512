package io.factstream.query.report;

import io.factstream.contracts.Bias;
import io.factstream.contracts.CommonGround;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The report's "Common ground" section: the story's statements that outlets on different sides both make. */
final class CommonGroundText {
    private static final int MAX_STATEMENTS = 3;

    private CommonGroundText() {
    }

    /** Null when the story has none, so the section is left out. */
    static String of(List<CommonGround> commonGround) {
        if (commonGround == null || commonGround.isEmpty()) {
            return null;
        }
        return commonGround.stream().limit(MAX_STATEMENTS).map(CommonGroundText::statement)
                .collect(Collectors.joining(" "));
    }

    private static String statement(CommonGround ground) {
        String outlets = IntStream.range(0, ground.outlets().size())
                .mapToObj(i -> ground.outlets().get(i) + " (" + sideName(ground.sides().get(i)) + ")")
                .collect(Collectors.joining(", "));
        return "Outlets on different sides report \"" + ground.statement() + "\": " + outlets + ".";
    }

    private static String sideName(Bias.Side side) {
        String name = side.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
