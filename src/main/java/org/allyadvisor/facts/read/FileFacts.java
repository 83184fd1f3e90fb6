package org.allyadvisor.facts.read;

import java.util.List;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Meta;
import org.allyadvisor.facts.Provenance;
import org.allyadvisor.facts.Region;
import org.allyadvisor.facts.Tie;

/**
 * What one file contributed, with the locations that checks across files (duplicate ids, ties to
 * unknown allies, undeclared regions) need. A value that could not be read is null; the problem has
 * been reported already.
 *
 * @param meta the file's meta section, or null
 * @param tieRows the rows of a ties.csv file, or null when the file is no ties table
 * @param provenance the file's declarations of where values come from
 * @param judgements the analysts' judgements the file holds
 */
record FileFacts(
        MetaDraft meta,
        List<RegionDraft> regions,
        List<AllyDraft> allies,
        List<TieDraft> tieRows,
        List<ProvenanceDraft> provenance,
        List<JudgementDraft> judgements,
        List<RangeDraft> ranges) {

    static final FileFacts NONE = new FileFacts(null, List.of(), List.of(), null);

    FileFacts {
        regions = List.copyOf(regions);
        allies = List.copyOf(allies);
        tieRows = tieRows == null ? null : List.copyOf(tieRows);
        provenance = List.copyOf(provenance);
        judgements = List.copyOf(judgements);
        ranges = List.copyOf(ranges);
    }

    FileFacts(
            MetaDraft meta,
            List<RegionDraft> regions,
            List<AllyDraft> allies,
            List<TieDraft> tieRows) {
        this(meta, regions, allies, tieRows, List.of(), List.of(), List.of());
    }

    static FileFacts ofJudgements(List<JudgementDraft> judgements) {
        return new FileFacts(null, List.of(), List.of(), null, List.of(), judgements, List.of());
    }

    record MetaDraft(Meta meta, Loc loc) {}

    /**
     * @param id the region's id, or null when unreadable
     */
    record RegionDraft(String id, Loc idLoc, String label, Region region) {}

    /**
     * @param id a valid ISO code, or null
     * @param region the region named, or null
     * @param ally the ally without its ties, or null when a required field is bad
     * @param ties the ties declared with the ally, or null when it declares none (unknown)
     */
    record AllyDraft(
            String id,
            Loc idLoc,
            String label,
            String region,
            Loc regionLoc,
            Ally ally,
            List<TieDraft> ties) {}

    /**
     * @param ally the declaring ally's id, or null when unreadable
     * @param allyLoc where a ties.csv row names its ally; null for a tie nested under its ally
     * @param partner the partner's id as written, or null; {@link TieReader#NONE} for a none row
     * @param tie the tie, or null when a part of it is bad or the row is a none row
     * @param none a ties.csv row {@code ALLY,none,,}: no tie, only "the ally's ties are known and
     *     there are none"
     */
    record TieDraft(
            String ally,
            Loc allyLoc,
            String partner,
            Loc partnerLoc,
            String label,
            Tie tie,
            boolean none) {}

    /**
     * Where the values of some fields come from, for some allies or all of them.
     *
     * @param fields the field paths it speaks for, with where each is written
     * @param allies the ally ids it speaks for, with where each is written; null for every ally
     * @param provenance the origin it declares
     */
    record ProvenanceDraft(
            java.util.Map<String, Loc> fields,
            java.util.Map<String, Loc> allies,
            Loc loc,
            Provenance provenance) {}

    /**
     * How far the values of some fields may be off, for some allies or all of them.
     *
     * @param fields the field paths it speaks for, with where each is written
     * @param allies the ally ids it speaks for, with where each is written; null for every ally
     * @param range the range, with {@code field} left empty: each of {@code fields} gets a copy;
     *     null when the declaration is bad (reported)
     */
    record RangeDraft(
            java.util.Map<String, Loc> fields,
            java.util.Map<String, Loc> allies,
            org.allyadvisor.facts.FactRange range) {}

    /**
     * One analyst's judgement: values for some fields of an ally or a region, with one basis.
     *
     * @param region true when it judges a region, false for an ally
     * @param id the ally or region judged, or null when unreadable
     * @param values the judged values by field path, as the reader has them
     * @param provenance the judgement's basis and source, located
     */
    record JudgementDraft(
            boolean region,
            String id,
            Loc idLoc,
            String label,
            java.util.Map<String, Object> values,
            Provenance provenance) {}
}
