// The one-file embed: registers every element, and nothing else.
import '@inclusion-dashboard/components/define-all.ts';
