# Diplomatic engagement in English (DIP-1, DIP-2; diplomacy.dslr). Each sentence on the left is
# how a rule says it; the right is the same condition or consequence in Drools' rule language,
# over the same facts as the DRL rules. The levels come from thresholds.yaml, never from a sentence.

[condition][]the diplomacy thresholds apply=$diplomacy : DiplomacyPolicy()
[condition][]the dependence bands apply=$bands : DependencePolicy()
[condition][]there is an ally with fewer standing strategic dialogues than the minimum=Ally( $id : id, diplomacy.strategicDialogues != null, diplomacy.strategicDialogues < $diplomacy.minStrategicDialogues, $dialogues : diplomacy.strategicDialogues )
[condition][]there is an ally with no standing dialogue with the US=Ally( $id : id, diplomacy.usDialogue != null, diplomacy.usDialogue == false )
[condition][]the ally depends on US-supplied capabilities at MEDIUM or HIGH=$dependence : UsDependence( ally == $id, level in (Dependence.MEDIUM, Dependence.HIGH), $level : level )

[consequence][]advise "{title}" as action {key} with priority HIGH when the dependence is HIGH, else MEDIUM=Advice.ActionDraft advice = Advice.action(drools, $id, "{key}", $level == Dependence.HIGH ? Priority.HIGH : Priority.MEDIUM).title("{title}");
[consequence][]advise "{title}" as action {key} with priority {priority:[A-Z]+}=Advice.ActionDraft advice = Advice.action(drools, $id, "{key}", Priority.{priority}).title("{title}");
[consequence][]because the ally holds fewer standing dialogues than the minimum=advice.rationale("The ally holds %s standing strategic dialogue(s) with regional partners, fewer than %s.", $dialogues, $diplomacy.minStrategicDialogues()).fact("diplomacy.strategicDialogues", $dialogues).threshold("diplomacy.minStrategicDialogues", $diplomacy.minStrategicDialogues()).distance("dialoguesMissing", $diplomacy.minStrategicDialogues() - $dialogues);
[consequence][]because the ally depends on the US but has no standing channel with it=advice.rationale("The ally's dependence on US-supplied capabilities is %s%s, but it has no standing channel with the US to synchronize decisions as support changes.", $level, dependenceBasis($dependence)).fact("diplomacy.usDialogue", false); dependenceEvidence(advice, $dependence, $bands); advice.distance("dependenceLevelsAboveLow", $level.ordinal() - Dependence.LOW.ordinal());
[consequence][]give the advice=insertLogical(advice.proposal());
