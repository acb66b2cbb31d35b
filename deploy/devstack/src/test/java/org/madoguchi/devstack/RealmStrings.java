package org.madoguchi.devstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The strings of a realm representation that Keycloak keeps in {@code varchar(255)} columns, with their JSON paths.
 *
 * <p>Every string counts except those Keycloak 26 keeps in {@code text} columns (read from its PostgreSQL schema):
 * component configuration ({@code component_config.value}, e.g. the user profile), client attributes
 * ({@code client_attributes.value}), protocol mapper configuration ({@code protocol_mapper_config.value}), realm
 * attributes ({@code realm_attribute.value}) and localization texts ({@code realm_localizations.texts}). The rest —
 * client ids, names and descriptions, redirect URIs and web origins ({@code redirect_uris}, {@code web_origins}),
 * role names and descriptions, user names, e-mail addresses, first and last names, user attribute values — are
 * {@code varchar(255)}, and an import that exceeds one fails as a whole.
 */
final class RealmStrings {

    /** The longest string a {@code varchar(255)} column takes (PostgreSQL counts characters). */
    static final int LONGEST = 255;

    private static final List<Pattern> TEXT_COLUMNS = List.of(
            Pattern.compile("^components\\..*\\.config\\..*"),
            Pattern.compile("^clients\\[\\d+]\\.attributes\\..*"),
            Pattern.compile("^clients\\[\\d+]\\.protocolMappers\\[\\d+]\\.config\\..*"),
            Pattern.compile("^attributes\\..*"),
            Pattern.compile("^localizationTexts\\..*"));

    /** A string of the file with its path, e.g. {@code clients[3].description}. */
    record Located(String path, String value) {
        int length() {
            return value.codePointCount(0, value.length());
        }
    }

    private RealmStrings() {
    }

    /** Every string of the realm Keycloak keeps in a {@code varchar(255)} column. */
    static List<Located> inShortColumns(JsonNode realm) {
        List<Located> all = new ArrayList<>();
        walk(realm, "", all);
        return all.stream().filter(s -> TEXT_COLUMNS.stream().noneMatch(p -> p.matcher(s.path()).matches())).toList();
    }

    private static void walk(JsonNode node, String path, List<Located> into) {
        if (node.isTextual()) {
            into.add(new Located(path, node.textValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", into);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), into);
            }
        }
    }
}
