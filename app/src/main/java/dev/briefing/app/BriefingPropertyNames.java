package dev.briefing.app;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.briefing.config.BriefingProperties;

/**
 * The names of the {@code briefing.*} properties, read from {@link BriefingProperties} and its nested
 * records, in the kebab case of the README ({@code briefing.chunk-size}). A name given in any of
 * Spring's relaxed forms ({@code briefing.chunkSize}, {@code briefing.chunk_size}) is known too.
 */
final class BriefingPropertyNames {

    private static final String PREFIX = "briefing";

    private static final List<String> ALL = names(PREFIX, BriefingProperties.class);

    private BriefingPropertyNames() {
    }

    static List<String> all() {
        return ALL;
    }

    static boolean isKnown(String name) {
        String relaxed = relaxed(name);
        return ALL.stream().anyMatch(known -> relaxed(known).equals(relaxed));
    }

    private static List<String> names(String prefix, Class<?> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            if (component.getType().isRecord()) {
                names.addAll(names(name, component.getType()));
            }
            else {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String relaxed(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
