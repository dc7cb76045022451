import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { Roles, ZodValidationPipe } from '@accord/platform';
import { TerritoryRepository } from './territory.repository';
import { TerritoryRequest, territoryRequestSchema } from './territory-request.schema';
import { slugSchema } from './working-hours.schema';

@Controller('v1/territories')
export class TerritoriesController {
  constructor(private readonly territories: TerritoryRepository) {}

  @Roles('admin')
  @Put(':id')
  save(
    @Param('id', new ZodValidationPipe(slugSchema)) id: string,
    @Body(new ZodValidationPipe(territoryRequestSchema)) territory: TerritoryRequest,
  ) {
    return this.territories.save(id, territory);
  }

  @Get()
  list() {
    return this.territories.list();
  }
}
