import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/define-all';

// One story per theme of the national catalogue, each on real DfE data read one indicator at a time from
// data/catalogue.json: the element fetches only its indicator's extract.

interface Args {
  element: string;
  indicator: string;
  area: string;
  period: string;
  breakdown: string;
}

const meta: Meta<Args> = {
  title: 'Catalogue/Every theme',
  tags: ['autodocs'],
  argTypes: {
    element: {
      control: 'select', options: ['inclusion-tile', 'inclusion-benchmark', 'inclusion-trend', 'inclusion-ranking', 'inclusion-breakdown', 'inclusion-map'],
      description: 'Which element draws the indicator',
    },
    indicator: { control: 'text', description: 'Any indicator id in the catalogue, or a LAIT measure code' },
    area: { control: 'text', description: 'ONS code, 3-digit LA number or name (England for national-only indicators)' },
    period: { control: 'text', description: 'Optional: the latest by default' },
    breakdown: { control: 'text', description: 'Optional breakdown value' },
  },
  render: (a) => {
    const el = document.createElement(a.element);
    for (const [k, v] of Object.entries({ src: 'data/catalogue.json', indicator: a.indicator, area: a.area, period: a.period, breakdown: a.breakdown })) {
      if (v) el.setAttribute(k, v);
    }
    return html`${el}`;
  },
  parameters: {
    docs: {
      description: {
        component: 'Every theme of the national catalogue (`npm run extracts`): DfE\'s LAIT measures and every EES file in the shared data, each drawn by an element that fetches only its own indicator. Change the indicator to any id in `data/catalogue.json`, or a LAIT code.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const story = (args: Args): Story => ({ args });

export const Attendance = story({ element: 'inclusion-trend', indicator: 'persistent-absence', area: 'Salford', period: '', breakdown: '' });
export const WeeklyAttendance = story({ element: 'inclusion-trend', indicator: 'attendance-weekly-persistent-absence', area: 'Salford', period: '', breakdown: '' });
export const SuspensionsAndExclusions = story({ element: 'inclusion-benchmark', indicator: 'suspension-rate', area: 'Salford', period: '', breakdown: '' });
export const ExclusionsByReason = story({ element: 'inclusion-breakdown', indicator: 'permanent-exclusions-by-reason', area: 'Salford', period: '', breakdown: '' });
export const AlternativeProvisionPlacements = story({ element: 'inclusion-ranking', indicator: 'ap-la-funded-pupils-per-10000', area: 'Salford', period: '', breakdown: '' });
export const AlternativeProvisionAttendance = story({ element: 'inclusion-trend', indicator: 'pru-persistent-absence', area: 'Salford', period: '', breakdown: '' });
export const AlternativeProvisionDestinations = story({ element: 'inclusion-breakdown', indicator: 'ks4-sustained-ap', area: 'England', period: '', breakdown: '' });
export const EhcPlanTimeliness = story({ element: 'inclusion-benchmark', indicator: 'ehcp-20-weeks', area: 'Salford', period: '', breakdown: '' });
export const EhcPlanRequests = story({ element: 'inclusion-trend', indicator: 'ehcp-requests', area: 'Salford', period: '', breakdown: '' });
export const EhcPlanCaseload = story({ element: 'inclusion-breakdown', indicator: 'ehcp-caseload-by-setting', area: 'Salford', period: '', breakdown: '' });
export const EhcPlansByPrimaryNeed = story({ element: 'inclusion-breakdown', indicator: 'ehcp-primary-need', area: 'Salford', period: '', breakdown: '' });
export const SpecialEducationalNeeds = story({ element: 'inclusion-benchmark', indicator: 'lait-sen-stat-avg-attain8-score', area: 'Salford', period: '', breakdown: '' });
export const Attainment = story({ element: 'inclusion-map', indicator: 'lait-ks2rwm-expected-std', area: 'Salford', period: '', breakdown: '' });
export const Destinations = story({ element: 'inclusion-trend', indicator: 'lait-sept-guarantee', area: 'Salford', period: '', breakdown: '' });
export const ChildrensSocialCare = story({ element: 'inclusion-ranking', indicator: 'lait-cin-ks2-expstd-rwm', area: 'Salford', period: '', breakdown: '' });
export const Health = story({ element: 'inclusion-tile', indicator: 'lait-excessyr6', area: 'Salford', period: '', breakdown: '' });
export const NewEhcPlans = story({ element: 'inclusion-trend', indicator: 'ehcp-new-plans', area: 'Salford', period: '', breakdown: '' });
export const EhcNeedsAssessments = story({ element: 'inclusion-benchmark', indicator: 'ehcp-assessments-plan-issued', area: 'Salford', period: '', breakdown: '' });
export const EhcPlansIssuedAfterAYear = story({ element: 'inclusion-ranking', indicator: 'ehcp-issued-after-a-year', area: 'Salford', period: '', breakdown: '' });
export const ChildrenInNeedAbsence = story({ element: 'inclusion-breakdown', indicator: 'cin-absence', area: 'Salford', period: '', breakdown: '' });
export const PersistentAbsenceBySen = story({ element: 'inclusion-breakdown', indicator: 'persistent-absence-sen', area: 'Salford', period: '', breakdown: '' });
export const InYearAttendance = story({ element: 'inclusion-breakdown', indicator: 'attendance-ytd', area: 'Salford', period: '', breakdown: '' });
export const AbsenceByTerm = story({ element: 'inclusion-breakdown', indicator: 'absence-by-term-primary', area: 'Salford', period: '', breakdown: '' });
export const PupilReferralUnitAbsenceFullYear = story({ element: 'inclusion-trend', indicator: 'pru-absence-full-year', area: 'Salford', period: '', breakdown: '' });
export const SuspensionsBySenProvision = story({ element: 'inclusion-breakdown', indicator: 'suspension-rate-sen', area: 'England', period: '', breakdown: '' });
export const ApCensusBySex = story({ element: 'inclusion-breakdown', indicator: 'ap-la-funded-pupils-by-sex', area: 'Salford', period: '', breakdown: '' });
export const SchoolArrangedApBySetting = story({ element: 'inclusion-breakdown', indicator: 'ap-school-arranged-placements-by-setting', area: 'Salford', period: '', breakdown: '' });
export const SchoolArrangedApByReason = story({ element: 'inclusion-breakdown', indicator: 'ap-school-arranged-pupils-by-reason', area: 'Salford', period: '', breakdown: '' });
export const SchoolArrangedApPupils = story({ element: 'inclusion-tile', indicator: 'ap-school-arranged-pupils', area: 'Salford', period: '', breakdown: '' });
export const Context = story({ element: 'inclusion-tile', indicator: 'ehcp-rate', area: 'Salford', period: '', breakdown: '' });
