package org.allyadvisor.text;

import java.util.Arrays;
import java.util.List;

/** The names of an enum's constants, as messages list what is allowed. */
public final class EnumNames {

    private EnumNames() {}

    /** The constants' names in declaration order. */
    public static List<String> of(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }
}
