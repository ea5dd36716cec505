import * as migration_20261125_131144_initial from './20261125_131144_initial';
import * as migration_20261125_132826_newsletter from './20261125_132826_newsletter';
import * as migration_20261125_153426_seo_meta from './20261125_153426_seo_meta';
import * as migration_20261125_164949_interface_strings from './20261125_164949_interface_strings';
import * as migration_20261201_214618_no_login_lock from './20261201_214618_no_login_lock';
import * as migration_20261202_025349_newsletter_issues from './20261202_025349_newsletter_issues';
import * as migration_20261202_030000_mail_queue from './20261202_030000_mail_queue';
import * as migration_20261202_025706_newsletter_subscriber_rights from './20261202_025706_newsletter_subscriber_rights';
import * as migration_20261202_033100_bitv_accessibility from './20261202_033100_bitv_accessibility';
import * as migration_20261202_025136_reader_navigation from './20261202_025136_reader_navigation';
import * as migration_20261202_025126_localize_status from './20261202_025126_localize_status';
import * as migration_20261202_030617_translation_workflow from './20261202_030617_translation_workflow';
import * as migration_20261202_043000_merged_schema from './20261202_043000_merged_schema';
import * as migration_20261202_190000_sign_up_function from './20261202_190000_sign_up_function';
import * as migration_20261202_191000_delivery_claim_index from './20261202_191000_delivery_claim_index';
import * as migration_20261202_200000_topic_stakeholder_drafts from './20261202_200000_topic_stakeholder_drafts';
import * as migration_20261207_180000_mail_outbox from './20261207_180000_mail_outbox';
import * as migration_20261207_190000_rate_limit_key_order from './20261207_190000_rate_limit_key_order';

export const migrations = [
  {
    up: migration_20261125_131144_initial.up,
    down: migration_20261125_131144_initial.down,
    name: '20261125_131144_initial',
  },
  {
    up: migration_20261125_132826_newsletter.up,
    down: migration_20261125_132826_newsletter.down,
    name: '20261125_132826_newsletter',
  },
  {
    up: migration_20261125_153426_seo_meta.up,
    down: migration_20261125_153426_seo_meta.down,
    name: '20261125_153426_seo_meta',
  },
  {
    up: migration_20261125_164949_interface_strings.up,
    down: migration_20261125_164949_interface_strings.down,
    name: '20261125_164949_interface_strings',
  },
  {
    up: migration_20261201_214618_no_login_lock.up,
    down: migration_20261201_214618_no_login_lock.down,
    name: '20261201_214618_no_login_lock',
  },
  {
    up: migration_20261202_025706_newsletter_subscriber_rights.up,
    down: migration_20261202_025706_newsletter_subscriber_rights.down,
    name: '20261202_025706_newsletter_subscriber_rights'
  },
  {
    up: migration_20261202_025349_newsletter_issues.up,
    down: migration_20261202_025349_newsletter_issues.down,
    name: '20261202_025349_newsletter_issues'
  },
  {
    up: migration_20261202_030000_mail_queue.up,
    down: migration_20261202_030000_mail_queue.down,
    name: '20261202_030000_mail_queue',
  },
  {
    up: migration_20261202_033100_bitv_accessibility.up,
    down: migration_20261202_033100_bitv_accessibility.down,
    name: '20261202_033100_bitv_accessibility'
  },
  {
    up: migration_20261202_025136_reader_navigation.up,
    down: migration_20261202_025136_reader_navigation.down,
    name: '20261202_025136_reader_navigation'
  },
  {
    up: migration_20261202_025126_localize_status.up,
    down: migration_20261202_025126_localize_status.down,
    name: '20261202_025126_localize_status',
  },
  {
    up: migration_20261202_030617_translation_workflow.up,
    down: migration_20261202_030617_translation_workflow.down,
    name: '20261202_030617_translation_workflow'
  },
  {
    up: migration_20261202_043000_merged_schema.up,
    down: migration_20261202_043000_merged_schema.down,
    name: '20261202_043000_merged_schema',
  },
  {
    up: migration_20261202_190000_sign_up_function.up,
    down: migration_20261202_190000_sign_up_function.down,
    name: '20261202_190000_sign_up_function',
  },
  {
    up: migration_20261202_191000_delivery_claim_index.up,
    down: migration_20261202_191000_delivery_claim_index.down,
    name: '20261202_191000_delivery_claim_index',
  },
  {
    up: migration_20261202_200000_topic_stakeholder_drafts.up,
    down: migration_20261202_200000_topic_stakeholder_drafts.down,
    name: '20261202_200000_topic_stakeholder_drafts',
  },
  {
    up: migration_20261207_180000_mail_outbox.up,
    down: migration_20261207_180000_mail_outbox.down,
    name: '20261207_180000_mail_outbox',
  },
  {
    up: migration_20261207_190000_rate_limit_key_order.up,
    down: migration_20261207_190000_rate_limit_key_order.down,
    name: '20261207_190000_rate_limit_key_order',
  },
];
