import { useQuery } from '@apollo/client/react';
import { type FormEvent, useId } from 'react';

import { type CourtFilter, VenuesDocument } from '../generated/graphql';
import { SPORTS, isSport } from './labels';
import { formText } from '../layout/formText';

interface Props {
  filter: CourtFilter;
  onChange: (filter: CourtFilter) => void;
}

/** Venue, sport, indoor/outdoor and name; every change applies at once (search on submit). */
export function CourtFilters({ filter, onChange }: Props) {
  const id = useId();
  const venues = useQuery(VenuesDocument).data?.venues ?? [];
  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const search = formText(new FormData(event.currentTarget), 'search').trim();
    onChange({ ...filter, search: search === '' ? null : search });
  };

  return (
    <form className="filters" role="search" aria-label="Filter courts" onSubmit={submitSearch}>
      <div className="field">
        <label htmlFor={`${id}-search`}>Name</label>
        <div className="search-row">
          <input
            id={`${id}-search`}
            name="search"
            type="search"
            defaultValue={filter.search ?? ''}
            placeholder="e.g. Centre"
            key={filter.search ?? ''}
          />
          <button type="submit">Search</button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-venue`}>Venue</label>
        <select
          id={`${id}-venue`}
          value={filter.venueId ?? ''}
          onChange={(event) => onChange({ ...filter, venueId: event.target.value || null })}
        >
          <option value="">Any venue</option>
          {venues.map((venue) => (
            <option key={venue.id} value={venue.id}>
              {venue.name}
            </option>
          ))}
          {/* A venue from a shared link that is not (yet) listed still shows as chosen. */}
          {filter.venueId && !venues.some((venue) => venue.id === filter.venueId) ? (
            <option value={filter.venueId}>Chosen venue</option>
          ) : null}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sport`}>Sport</label>
        <select
          id={`${id}-sport`}
          value={filter.sport ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filter, sport: isSport(value) ? value : null });
          }}
        >
          <option value="">Any sport</option>
          {SPORTS.map((sport) => (
            <option key={sport.value} value={sport.value}>
              {sport.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-indoor`}>Setting</label>
        <select
          id={`${id}-indoor`}
          value={filter.indoor === true ? 'indoor' : filter.indoor === false ? 'outdoor' : ''}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filter, indoor: value === '' ? null : value === 'indoor' });
          }}
        >
          <option value="">Indoor or outdoor</option>
          <option value="indoor">Indoor</option>
          <option value="outdoor">Outdoor</option>
        </select>
      </div>
    </form>
  );
}
